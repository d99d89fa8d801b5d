package io.scimitar.examples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.core.schema.Schema;
import io.scimitar.core.schema.SchemaDocuments;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.schema.Uniqueness;

/**
 * The schemas of the Identity Center the example models: the built-in ones, except that a
 * group's {@code displayName} is unique within the tenant ({@code uniqueness: server}, compared
 * case-insensitively as the attribute is not {@code caseExact}). The product refuses a second
 * group of the same name, and so does the example: 409 {@code uniqueness}, enforced atomically by
 * the store. RFC 7643 declares no uniqueness on {@code displayName}, so the library's default
 * registry ({@link SchemaRegistry#defaults()}) stays neutral; this class shows how a host opts in.
 */
final class IdentityCenterSchemas {
  private IdentityCenterSchemas() {}

  /** A registry builder holding the built-in schemas with unique group names. */
  static SchemaRegistry.Builder builder() {
    return SchemaRegistry.builder().withBuiltIns().schema(uniqueGroupNames());
  }

  private static Schema uniqueGroupNames() {
    Schema group = SchemaRegistry.defaults().schema(BuiltInSchemas.GROUP).orElseThrow();
    ObjectNode document = SchemaDocuments.writeSchema(group, "/Schemas/" + group.id());
    for (var attribute : document.withArray("attributes")) {
      if (attribute.path("name").asText().equals("displayName")) {
        ((ObjectNode) attribute).put("uniqueness", Uniqueness.SERVER.scimName());
      }
    }
    return SchemaDocuments.readSchema(document);
  }
}
