package io.scimitar.store.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.filter.CaseFolding;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.Schema;
import io.scimitar.core.schema.Uniqueness;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A single-valued, simple top-level attribute whose values must be unique within a tenant
 * ({@code uniqueness} {@code server} or {@code global}), such as a User's {@code userName}, and
 * the key its values are indexed under: the text itself when the attribute is {@code caseExact},
 * its case-folded form otherwise.
 *
 * @param extensionUrn the extension schema URN, or null for a core attribute
 * @param definition the attribute's definition
 */
record UniqueAttribute(String extensionUrn, AttributeDefinition definition) {

  /** The unique attributes of a resource type, core first, then each extension's. */
  static List<UniqueAttribute> of(ResourceSchema schema) {
    List<UniqueAttribute> unique = new ArrayList<>();
    collect(null, schema.coreSchema(), unique);
    for (Schema extension : schema.extensions()) {
      collect(extension.id(), extension, unique);
    }
    return List.copyOf(unique);
  }

  private static void collect(String urn, Schema schema, List<UniqueAttribute> into) {
    for (AttributeDefinition attribute : schema.attributes()) {
      if (attribute.uniqueness() != Uniqueness.NONE
          && !attribute.multiValued()
          && !attribute.isComplex()) {
        into.add(new UniqueAttribute(urn, attribute));
      }
    }
  }

  /** The attribute's name as a client would write it, for error details. */
  String label() {
    return extensionUrn == null ? definition.name() : extensionUrn + ":" + definition.name();
  }

  /** Whether a resolved path names this attribute (and no sub-attribute). */
  boolean isNamedBy(AttributePath path, String coreUrn) {
    if (path.hasSubAttribute() || !path.name().equalsIgnoreCase(definition.name())) {
      return false;
    }
    String schema = path.schema();
    if (extensionUrn == null) {
      return schema == null || schema.equalsIgnoreCase(coreUrn);
    }
    return extensionUrn.equalsIgnoreCase(schema);
  }

  /** The index key of the attribute's value in a canonical tree, if it has a value. */
  Optional<String> keyOf(ObjectNode tree) {
    JsonNode holder = extensionUrn == null ? tree : tree.get(extensionUrn);
    JsonNode value = holder == null ? null : holder.get(definition.name());
    if (value == null || value.isNull() || value.isContainerNode()) {
      return Optional.empty();
    }
    if (value.isTextual()) {
      return Optional.of(keyOf(value.asText()));
    }
    if (value.isNumber()) {
      return Optional.of(value.decimalValue().stripTrailingZeros().toPlainString());
    }
    return Optional.of(value.asText());
  }

  /** The index key of a text value. */
  String keyOf(String text) {
    return definition.caseExact() ? text : CaseFolding.fold(text);
  }
}
