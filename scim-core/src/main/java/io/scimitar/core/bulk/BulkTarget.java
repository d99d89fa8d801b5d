package io.scimitar.core.bulk;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.SchemaRegistry;

/**
 * What a bulk operation's path names: a resource type's endpoint ({@code /Users}) or one resource
 * ({@code /Users/2819c223}).
 *
 * @param path the path, references resolved
 * @param resourceType the resource type name
 * @param id the resource id, or null for the endpoint itself
 */
record BulkTarget(String path, String resourceType, String id) {

  static BulkTarget parse(String path, SchemaRegistry registry) {
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    String[] segments = trimmed.substring(1).split("/", -1);
    if (segments.length > 2 || segments[0].isEmpty()
        || (segments.length == 2 && segments[1].isEmpty())) {
      throw ScimException.invalidValue(
          "bulk path '" + path + "' must be an endpoint such as /Users or a resource such as "
              + "/Users/{id}");
    }
    ResourceSchema schema = registry.resourceSchemaByEndpoint("/" + segments[0])
        .orElseThrow(() -> ScimException.notFound(
            "no resource type at endpoint /" + segments[0]));
    return new BulkTarget(
        path, schema.resourceType().name(), segments.length == 2 ? segments[1] : null);
  }

  /** Checks that the path names an endpoint, as a POST needs. */
  void requireCollection(BulkMethod method) {
    if (id != null) {
      throw ScimException.invalidValue(method + " path must be a resource type endpoint such as "
          + "/Users, not a resource: '" + path + "'");
    }
  }

  /** The id, which PUT, PATCH and DELETE need. */
  String requireId(BulkMethod method) {
    if (id == null) {
      throw ScimException.invalidValue(
          method + " path must name a resource such as /Users/{id}, not '" + path + "'");
    }
    return id;
  }
}
