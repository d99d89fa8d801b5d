package io.scimitar.core.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.core.schema.Mutability;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.ResourceType;
import io.scimitar.core.schema.Schema;
import io.scimitar.core.schema.SchemaDocuments;
import io.scimitar.core.schema.SchemaExtension;
import io.scimitar.core.schema.SchemaRegistry;
import java.util.List;

/**
 * The discovery endpoints' documents (RFC 7644 §4): ServiceProviderConfig, Schemas and
 * ResourceTypes, made from the registry and the configuration, so they always describe what the
 * service really does.
 */
final class DiscoveryDocuments {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final SchemaRegistry registry;
  private final ServiceConfig config;
  private final boolean cursorPaging;

  DiscoveryDocuments(SchemaRegistry registry, ServiceConfig config, boolean cursorPaging) {
    this.registry = registry;
    this.config = config;
    this.cursorPaging = cursorPaging;
  }

  ObjectNode serviceProviderConfig(String baseUrl) {
    ObjectNode document = NODES.objectNode();
    document.putArray("schemas").add(BuiltInSchemas.SERVICE_PROVIDER_CONFIG);
    document.putObject("patch").put("supported", true);
    document.putObject("bulk")
        .put("supported", true)
        .put("maxOperations", config.maxBulkOperations())
        .put("maxPayloadSize", config.json().maxPayloadBytes());
    document.putObject("filter").put("supported", true).put("maxResults", config.maxPageSize());
    document.putObject("changePassword").put("supported", false);
    document.putObject("sort").put("supported", true);
    document.putObject("etag").put("supported", true);
    ObjectNode pagination = document.putObject("pagination");
    pagination.put("cursor", cursorPaging);
    pagination.put("index", true);
    pagination.put("defaultPaginationMethod", "index");
    pagination.put("defaultPageSize", config.defaultPageSize());
    pagination.put("maxPageSize", config.maxPageSize());
    ArrayNode schemes = document.putArray("authenticationSchemes");
    for (AuthenticationScheme scheme : config.authenticationSchemes()) {
      ObjectNode node = schemes.addObject()
          .put("type", scheme.type())
          .put("name", scheme.name())
          .put("description", scheme.description());
      if (scheme.specUri() != null) {
        node.put("specUri", scheme.specUri());
      }
      node.put("primary", scheme.primary());
    }
    if (!config.securityEventUris().isEmpty()) {
      // RFC 9967 §4. Asynchronous requests (its §2.5.1.1) are not offered.
      ObjectNode events = document.putObject("securityEvents");
      events.put("asyncRequest", "none");
      ArrayNode uris = events.putArray("eventUris");
      config.securityEventUris().forEach(uris::add);
    }
    ObjectNode meta = document.putObject("meta");
    meta.put("resourceType", "ServiceProviderConfig");
    meta.put("location", baseUrl + "/ServiceProviderConfig");
    return document;
  }

  ObjectNode schemas(String baseUrl) {
    ArrayNode resources = NODES.arrayNode();
    for (Schema schema : registry.schemas()) {
      resources.add(SchemaDocuments.writeSchema(schema, schemaLocation(baseUrl, schema)));
    }
    return list(resources);
  }

  ObjectNode schema(String baseUrl, String id) {
    Schema schema = registry.schema(id)
        .orElseThrow(() -> ScimException.notFound("schema '" + id + "' not found"));
    return SchemaDocuments.writeSchema(schema, schemaLocation(baseUrl, schema));
  }

  ObjectNode resourceTypes(String baseUrl) {
    ArrayNode resources = NODES.arrayNode();
    for (ResourceSchema type : registry.resourceSchemas()) {
      resources.add(SchemaDocuments.writeResourceType(
          offered(type), baseUrl + "/ResourceTypes/" + type.resourceType().id()));
    }
    return list(resources);
  }

  /**
   * The resource type as clients are told of it: without the extensions whose every attribute is
   * readOnly (Scimitar's provenance), which the service keeps and clients can only read by
   * naming them in {@code attributes}. Listed among {@code schemaExtensions}, they read as
   * extensions a client may send: clients that build models from discovery (scim2-client, used
   * by scim2-tester) then PATCH them and expect the value back. Their schemas stay in
   * {@code /Schemas}.
   */
  private static ResourceType offered(ResourceSchema type) {
    ResourceType declared = type.resourceType();
    List<SchemaExtension> writable = declared.schemaExtensions().stream()
        .filter(extension -> type.extension(extension.schema())
            .map(schema -> !schema.attributes().stream()
                .allMatch(attribute -> attribute.mutability() == Mutability.READ_ONLY))
            .orElse(true))
        .toList();
    return writable.size() == declared.schemaExtensions().size() ? declared
        : new ResourceType(declared.id(), declared.name(), declared.endpoint(),
            declared.description(), declared.schema(), writable);
  }

  ObjectNode resourceType(String baseUrl, String name) {
    ResourceSchema type = registry.findResourceSchema(name)
        .orElseThrow(() -> ScimException.notFound("resource type '" + name + "' not found"));
    return SchemaDocuments.writeResourceType(
        offered(type), baseUrl + "/ResourceTypes/" + type.resourceType().id());
  }

  private static String schemaLocation(String baseUrl, Schema schema) {
    return baseUrl + "/Schemas/" + schema.id();
  }

  private static ObjectNode list(ArrayNode resources) {
    ObjectNode body = NODES.objectNode();
    body.putArray("schemas").add(ScimService.LIST_RESPONSE_URN);
    body.put("totalResults", resources.size());
    body.put("startIndex", 1);
    body.put("itemsPerPage", resources.size());
    body.set("Resources", resources);
    return body;
  }

}
