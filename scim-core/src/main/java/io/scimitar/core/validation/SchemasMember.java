package io.scimitar.core.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.schema.CommonAttributes;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code schemas} member of a resource (RFC 7643 §3): read from a body, and rebuilt for the
 * canonical tree.
 *
 * <p>Errors: a missing {@code schemas}, or one without the resource type's core schema, is 400
 * {@code invalidSyntax}: the body does not have the structure the endpoint requires (RFC 7644
 * §3.12, "did not conform to the request schema"). An unknown URN is 400 {@code invalidValue}
 * under {@link UnknownAttributePolicy#REJECT} (the structure is right, one value is not
 * acceptable) and dropped under {@link UnknownAttributePolicy#IGNORE}: Entra ID lists
 * {@code http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group} when it creates
 * groups and expects 201.
 */
final class SchemasMember {
  private final List<String> extensions;

  private SchemasMember(List<String> extensions) {
    this.extensions = List.copyOf(extensions);
  }

  /**
   * Checks a {@code schemas} value.
   *
   * @param schemas the member's value, or null when the body has none
   */
  static SchemasMember read(JsonNode schemas, ResourceSchema resourceSchema,
      ValidationOptions options) {
    String core = resourceSchema.coreSchema().id();
    if (schemas == null || schemas.isNull() || (schemas.isArray() && schemas.isEmpty())) {
      throw ScimException.invalidSyntax(
          "'schemas' is missing; it must list the core schema " + core);
    }
    if (!schemas.isArray()) {
      throw ScimException.invalidSyntax(
          "'schemas' must be an array of schema URNs, got " + ValueDescriptions.describe(schemas));
    }
    boolean hasCore = false;
    List<String> extensions = new ArrayList<>();
    for (JsonNode entry : schemas) {
      if (!entry.isTextual()) {
        throw ScimException.invalidSyntax(
            "'schemas' must hold schema URN strings, got " + ValueDescriptions.describe(entry));
      }
      String urn = entry.textValue();
      Optional<Schema> extension = resourceSchema.extension(urn);
      if (urn.equalsIgnoreCase(core)) {
        hasCore = true;
      } else if (extension.isPresent()) {
        if (!extensions.contains(extension.get().id())) {
          extensions.add(extension.get().id());
        }
      } else if (options.unknownAttributes() == UnknownAttributePolicy.REJECT) {
        throw unknownSchema(urn, resourceSchema);
      }
    }
    if (!hasCore) {
      throw ScimException.invalidSyntax(
          "'schemas' must contain the core schema " + core + " of resource type "
              + resourceSchema.resourceType().name());
    }
    return new SchemasMember(extensions);
  }

  /** 400 {@code invalidValue} for a schema URN the resource type does not have. */
  static ScimException unknownSchema(String urn, ResourceSchema resourceSchema) {
    return ScimException.invalidValue(
        "unknown schema '" + ValueDescriptions.name(urn) + "' for resource type "
            + resourceSchema.resourceType().name() + ", which accepts "
            + String.join(", ", resourceSchema.schemaUrns()));
  }

  /**
   * The canonical tree: {@code schemas} first, then {@code id}, the attributes, and {@code meta}
   * last. {@code schemas} lists the core schema and each extension that has attributes: first
   * those the client declared, in its order, then the ones it left out (tolerated: the URN key
   * says which extension is meant).
   */
  ObjectNode assemble(ResourceSchema resourceSchema, ObjectNode attributes) {
    ObjectNode tree = Nodes.FACTORY.objectNode();
    ArrayNode schemas = tree.putArray(CommonAttributes.SCHEMAS);
    schemas.add(resourceSchema.coreSchema().id());
    for (String urn : extensions) {
      if (attributes.has(urn)) {
        schemas.add(urn);
      }
    }
    for (Schema extension : resourceSchema.extensions()) {
      if (attributes.has(extension.id()) && !extensions.contains(extension.id())) {
        schemas.add(extension.id());
      }
    }
    JsonNode id = attributes.get(CommonAttributes.ID);
    if (id != null) {
      tree.set(CommonAttributes.ID, id);
    }
    for (Map.Entry<String, JsonNode> member : attributes.properties()) {
      String key = member.getKey();
      if (!key.equals(CommonAttributes.ID) && !key.equals(CommonAttributes.META)) {
        tree.set(key, member.getValue());
      }
    }
    JsonNode meta = attributes.get(CommonAttributes.META);
    if (meta != null) {
      tree.set(CommonAttributes.META, meta);
    }
    return tree;
  }
}
