package io.scimitar.core.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scimitar.core.schema.ResourceType;
import io.scimitar.core.schema.Schema;
import io.scimitar.core.schema.SchemaDocuments;
import io.scimitar.core.schema.SchemaRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * A read-only resource type served from a {@link Catalogue}, and the attribute of another type
 * whose values name its items (RFC 7643 §4.1.2: a user's {@code entitlements} and {@code roles}).
 * Okta's two are ready made: {@link #oktaEntitlements()} and {@link #oktaRoles()}; a host serving
 * more kinds (licences, profiles) declares them with the Entitlement schema and its own endpoint,
 * referenced by the same {@code entitlements} attribute.
 *
 * @param resourceType the resource type, e.g. {@code Entitlement} at {@code /Entitlements}
 * @param schema its core schema (the common {@code id} and {@code meta} come with every type)
 * @param referencingType the type whose attribute names items, e.g. {@code User}
 * @param referencingAttribute a multi-valued complex core attribute of {@code referencingType}
 *     whose {@code value} sub-attribute holds item ids, e.g. {@code entitlements}
 */
public record CatalogueType(
    ResourceType resourceType, Schema schema, String referencingType,
    String referencingAttribute) {
  /** Okta Identity Governance's Entitlement schema. */
  public static final String OKTA_ENTITLEMENT = "urn:okta:scim:schemas:core:1.0:Entitlement";
  /** Okta Identity Governance's Role schema. */
  public static final String OKTA_ROLE = "urn:okta:scim:schemas:core:1.0:Role";

  private static final Schema ENTITLEMENT_SCHEMA = load("okta-entitlement.json");
  private static final Schema ROLE_SCHEMA = load("okta-role.json");

  public CatalogueType {
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(referencingType, "referencingType");
    Objects.requireNonNull(referencingAttribute, "referencingAttribute");
    if (!resourceType.schema().equalsIgnoreCase(schema.id())) {
      throw new IllegalArgumentException("resource type " + resourceType.name()
          + " names schema " + resourceType.schema() + ", not " + schema.id());
    }
  }

  /** Okta's Entitlement type at {@code /Entitlements}, named by {@code User.entitlements}. */
  public static CatalogueType oktaEntitlements() {
    return new CatalogueType(new ResourceType("Entitlement", "Entitlement", "/Entitlements",
        "Entitlement resource", OKTA_ENTITLEMENT, List.of()), ENTITLEMENT_SCHEMA, "User",
        "entitlements");
  }

  /** Okta's Role type at {@code /Roles}, named by {@code User.roles}. */
  public static CatalogueType oktaRoles() {
    return new CatalogueType(new ResourceType("Role", "Role", "/Roles", "Role", OKTA_ROLE,
        List.of()), ROLE_SCHEMA, "User", "roles");
  }

  /** The type's name, e.g. {@code Entitlement}. */
  public String name() {
    return resourceType.name();
  }

  /** Registers the schema and the resource type; answers the builder. */
  public SchemaRegistry.Builder registerIn(SchemaRegistry.Builder registry) {
    return registry.schema(schema).resourceType(resourceType);
  }

  private static Schema load(String file) {
    try (InputStream in = CatalogueType.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing catalogue schema " + file);
      }
      JsonNode document = new ObjectMapper().readTree(in);
      return SchemaDocuments.readSchema(document);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read catalogue schema " + file, e);
    }
  }
}
