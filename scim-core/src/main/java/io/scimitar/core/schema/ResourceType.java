package io.scimitar.core.schema;

import java.util.List;
import java.util.Objects;

/**
 * A resource type (RFC 7643 §6): its name, endpoint, core schema and extensions.
 *
 * @param id the resource type id, usually equal to the name (e.g. {@code User})
 * @param name the name, used in {@code meta.resourceType}
 * @param endpoint the endpoint relative to the base URL, e.g. {@code /Users}
 * @param description a description
 * @param schema the core schema URN
 * @param schemaExtensions the extensions it may carry
 */
public record ResourceType(
    String id,
    String name,
    String endpoint,
    String description,
    String schema,
    List<SchemaExtension> schemaExtensions) {

  public ResourceType {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(schema, "schema");
    if (!endpoint.startsWith("/")) {
      throw new IllegalArgumentException("endpoint must start with '/': " + endpoint);
    }
    description = description == null ? "" : description;
    schemaExtensions = List.copyOf(schemaExtensions);
  }
}
