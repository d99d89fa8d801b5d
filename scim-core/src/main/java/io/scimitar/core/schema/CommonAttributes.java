package io.scimitar.core.schema;

import java.util.List;

/**
 * The attributes every resource has outside its schemas (RFC 7643 §3.1): {@code id},
 * {@code externalId} and {@code meta}. Defined here so that paths such as
 * {@code meta.lastModified} resolve like any other attribute.
 */
public final class CommonAttributes {
  public static final String ID = "id";
  public static final String EXTERNAL_ID = "externalId";
  public static final String META = "meta";
  public static final String SCHEMAS = "schemas";

  /** {@code id}: server-assigned, case-exact, always returned. */
  public static final AttributeDefinition ID_ATTRIBUTE =
      AttributeDefinition.builder(ID, AttributeType.STRING)
          .description("Unique identifier for the resource, assigned by the service provider.")
          .caseExact(true)
          .mutability(Mutability.READ_ONLY)
          .returned(Returned.ALWAYS)
          .uniqueness(Uniqueness.SERVER)
          .build();

  /** {@code externalId}: the client's identifier, case-exact. */
  public static final AttributeDefinition EXTERNAL_ID_ATTRIBUTE =
      AttributeDefinition.builder(EXTERNAL_ID, AttributeType.STRING)
          .description("Identifier of the resource as defined by the provisioning client.")
          .caseExact(true)
          .build();

  /** {@code meta}: read-only resource metadata. */
  public static final AttributeDefinition META_ATTRIBUTE =
      AttributeDefinition.builder(META, AttributeType.COMPLEX)
          .description("Resource metadata.")
          .mutability(Mutability.READ_ONLY)
          .subAttribute(readOnly("resourceType", AttributeType.STRING, true))
          .subAttribute(readOnly("created", AttributeType.DATE_TIME, false))
          .subAttribute(readOnly("lastModified", AttributeType.DATE_TIME, false))
          .subAttribute(
              AttributeDefinition.builder("location", AttributeType.REFERENCE)
                  .caseExact(true)
                  .mutability(Mutability.READ_ONLY)
                  .referenceTypes(List.of("uri"))
                  .build())
          .subAttribute(readOnly("version", AttributeType.STRING, true))
          .build();

  private static final List<AttributeDefinition> ALL =
      List.of(ID_ATTRIBUTE, EXTERNAL_ID_ATTRIBUTE, META_ATTRIBUTE);

  private CommonAttributes() {}

  /** All common attributes. */
  public static List<AttributeDefinition> all() {
    return ALL;
  }

  private static AttributeDefinition readOnly(String name, AttributeType type, boolean caseExact) {
    return AttributeDefinition.builder(name, type)
        .caseExact(caseExact)
        .mutability(Mutability.READ_ONLY)
        .build();
  }
}
