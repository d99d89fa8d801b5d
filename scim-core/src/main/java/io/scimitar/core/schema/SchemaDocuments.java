package io.scimitar.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts schemas and resource types to and from their JSON representation (RFC 7643 §6, §7),
 * the form served by {@code /Schemas} and {@code /ResourceTypes}.
 */
public final class SchemaDocuments {
  /** URN of the Schema resource's own schema. */
  public static final String SCHEMA_URN = "urn:ietf:params:scim:schemas:core:2.0:Schema";

  /** URN of the ResourceType resource's schema. */
  public static final String RESOURCE_TYPE_URN =
      "urn:ietf:params:scim:schemas:core:2.0:ResourceType";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SchemaDocuments() {}

  /** Reads a schema document; unknown members are ignored, missing characteristics default. */
  public static Schema readSchema(JsonNode document) {
    String id = requireText(document, "id");
    List<AttributeDefinition> attributes = new ArrayList<>();
    for (JsonNode attribute : document.path("attributes")) {
      attributes.add(readAttribute(attribute));
    }
    return new Schema(
        id, document.path("name").asText(""), document.path("description").asText(""), attributes);
  }

  private static AttributeDefinition readAttribute(JsonNode node) {
    AttributeDefinition.Builder builder =
        AttributeDefinition.builder(
                requireText(node, "name"), AttributeType.fromScimName(requireText(node, "type")))
            .multiValued(node.path("multiValued").asBoolean(false))
            .description(node.path("description").asText(""))
            .required(node.path("required").asBoolean(false))
            .caseExact(node.path("caseExact").asBoolean(false))
            .canonicalValues(texts(node.path("canonicalValues")))
            .referenceTypes(texts(node.path("referenceTypes")));
    if (node.hasNonNull("mutability")) {
      builder.mutability(Mutability.fromScimName(node.get("mutability").asText()));
    }
    if (node.hasNonNull("returned")) {
      builder.returned(Returned.fromScimName(node.get("returned").asText()));
    }
    if (node.hasNonNull("uniqueness")) {
      builder.uniqueness(Uniqueness.fromScimName(node.get("uniqueness").asText()));
    }
    for (JsonNode sub : node.path("subAttributes")) {
      builder.subAttribute(readAttribute(sub));
    }
    return builder.build();
  }

  private static String requireText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isEmpty()) {
      throw ScimException.invalidValue("schema document lacks '" + field + "'");
    }
    return value.asText();
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  /** Writes a schema document; {@code location} is the absolute or relative URL, or null. */
  public static ObjectNode writeSchema(Schema schema, String location) {
    ObjectNode document = NODES.objectNode();
    document.putArray("schemas").add(SCHEMA_URN);
    document.put("id", schema.id());
    document.put("name", schema.name());
    document.put("description", schema.description());
    ArrayNode attributes = document.putArray("attributes");
    schema.attributes().forEach(attribute -> attributes.add(writeAttribute(attribute)));
    writeMeta(document, "Schema", location);
    return document;
  }

  private static ObjectNode writeAttribute(AttributeDefinition attribute) {
    ObjectNode node = NODES.objectNode();
    node.put("name", attribute.name());
    node.put("type", attribute.type().scimName());
    node.put("multiValued", attribute.multiValued());
    node.put("description", attribute.description());
    node.put("required", attribute.required());
    if (!attribute.canonicalValues().isEmpty()) {
      ArrayNode values = node.putArray("canonicalValues");
      attribute.canonicalValues().forEach(values::add);
    }
    node.put("caseExact", attribute.caseExact());
    node.put("mutability", attribute.mutability().scimName());
    node.put("returned", attribute.returned().scimName());
    node.put("uniqueness", attribute.uniqueness().scimName());
    if (!attribute.referenceTypes().isEmpty()) {
      ArrayNode types = node.putArray("referenceTypes");
      attribute.referenceTypes().forEach(types::add);
    }
    if (attribute.isComplex()) {
      ArrayNode subs = node.putArray("subAttributes");
      attribute.subAttributes().forEach(sub -> subs.add(writeAttribute(sub)));
    }
    return node;
  }

  /** Reads a resource type document. */
  public static ResourceType readResourceType(JsonNode document) {
    List<SchemaExtension> extensions = new ArrayList<>();
    for (JsonNode extension : document.path("schemaExtensions")) {
      extensions.add(
          new SchemaExtension(
              requireText(extension, "schema"), extension.path("required").asBoolean(false)));
    }
    String name = requireText(document, "name");
    return new ResourceType(
        document.path("id").asText(name),
        name,
        requireText(document, "endpoint"),
        document.path("description").asText(""),
        requireText(document, "schema"),
        extensions);
  }

  /** Writes a resource type document; {@code location} is the URL, or null. */
  public static ObjectNode writeResourceType(ResourceType type, String location) {
    ObjectNode document = NODES.objectNode();
    document.putArray("schemas").add(RESOURCE_TYPE_URN);
    document.put("id", type.id());
    document.put("name", type.name());
    document.put("endpoint", type.endpoint());
    document.put("description", type.description());
    document.put("schema", type.schema());
    ArrayNode extensions = document.putArray("schemaExtensions");
    for (SchemaExtension extension : type.schemaExtensions()) {
      extensions.addObject().put("schema", extension.schema()).put("required", extension.required());
    }
    writeMeta(document, "ResourceType", location);
    return document;
  }

  private static void writeMeta(ObjectNode document, String resourceType, String location) {
    ObjectNode meta = document.putObject("meta");
    meta.put("resourceType", resourceType);
    if (location != null) {
      meta.put("location", location);
    }
  }
}
