package io.scimitar.core.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.CommonAttributes;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.Schema;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The value checks that {@link ResourceValidator#checkResult} makes of a stored tree (through the
 * stored flavour of {@link Canonicalizer}: types without coercion, arrays exactly where
 * attributes are multi-valued, sub-attribute names, at most one primary value, canonical values
 * and unknown names by policy), made only for the members a copy-on-write edit changed and
 * without rebuilding anything. Members that are the very nodes of the tree the edit started from
 * passed the same checks there and are skipped; the rest are visited in the order the whole-tree
 * check visits them, so the first error is the same. Error labels are built only for an error.
 */
final class ChangedValues {
  private static final String PRIMARY = "primary";

  private final ResourceSchema resourceSchema;
  private final ValidationOptions options;
  /** The stored-tree canonicalizer, for its rules on unknown names and canonical values. */
  private final Canonicalizer rules;

  ChangedValues(ResourceSchema resourceSchema, ValidationOptions options, Canonicalizer rules) {
    this.resourceSchema = resourceSchema;
    this.options = options;
    this.rules = rules;
  }

  /**
   * Checks the members of {@code tree} that are not the very nodes of {@code before}: schemas
   * first, then in tree order. Names are not checked for case-insensitive duplicates at the top
   * level or in extension objects: an edit of a canonical tree that writes canonical names makes
   * none.
   */
  void check(ObjectNode tree, ObjectNode before) {
    JsonNode schemas = tree.get(CommonAttributes.SCHEMAS);
    if (!Nodes.sameNode(schemas, before.get(CommonAttributes.SCHEMAS))) {
      SchemasMember.read(schemas, resourceSchema, options);
    }
    for (Map.Entry<String, JsonNode> member : tree.properties()) {
      String key = member.getKey();
      JsonNode value = member.getValue();
      if (Nodes.sameNode(value, before.get(key)) || key.equals(CommonAttributes.SCHEMAS)) {
        continue;
      }
      Optional<Schema> extension = resourceSchema.extension(key);
      if (extension.isPresent()) {
        extension(extension.get(), value, Nodes.object(before, key));
        continue;
      }
      Optional<AttributeDefinition> attribute = resourceSchema.coreAttribute(key);
      if (attribute.isPresent()) {
        value(attribute.get(), value, attribute.get()::name);
      } else {
        rules.unknownTopLevel(key);
      }
    }
  }

  /** @param previous the extension object before the edit, or null when there was none */
  private void extension(Schema extension, JsonNode value, ObjectNode previous) {
    if (value.isNull()) {
      return;
    }
    if (!value.isObject()) {
      throw ScimException.invalidValue(
          "'" + extension.id() + "' must be a JSON object holding that extension's attributes, got "
              + ValueDescriptions.describe(value));
    }
    for (Map.Entry<String, JsonNode> member : value.properties()) {
      if (previous != null && Nodes.sameNode(member.getValue(), previous.get(member.getKey()))) {
        continue;
      }
      Optional<AttributeDefinition> attribute = extension.attribute(member.getKey());
      if (attribute.isPresent()) {
        value(attribute.get(), member.getValue(),
            () -> extension.id() + ":" + attribute.get().name());
      } else {
        rules.unknown(extension.id() + ":" + member.getKey(), "attribute");
      }
    }
  }

  private void value(AttributeDefinition attribute, JsonNode value, Supplier<String> label) {
    if (value == null || value.isNull()) {
      return;
    }
    if (attribute.multiValued()) {
      multiValue(attribute, value, label);
    } else if (value.isArray()) {
      throw ScimException.invalidValue(
          "attribute '" + label.get() + "' is single-valued and must not be an array");
    } else {
      single(attribute, value, label);
    }
  }

  private void multiValue(AttributeDefinition attribute, JsonNode value, Supplier<String> label) {
    if (!value.isArray()) {
      throw SimpleValues.mismatch(label.get(), "an array (it is multi-valued)", value);
    }
    for (int i = 0; i < value.size(); i++) {
      JsonNode element = value.get(i);
      int index = i;
      if (element.isArray()) {
        throw ScimException.invalidValue("attribute '" + label.get() + "[" + index
            + "]' must be a single value, not an array");
      }
      single(attribute, element, () -> label.get() + "[" + index + "]");
    }
    if (attribute.isComplex()) {
      checkOnePrimary(attribute, value, label);
    }
  }

  private void single(AttributeDefinition attribute, JsonNode value, Supplier<String> label) {
    if (value.isNull()) {
      return;
    }
    if (attribute.isComplex()) {
      complex(attribute, value, label);
      return;
    }
    SimpleValues.check(attribute, value, label, false);
    rules.checkCanonical(attribute, value, label);
  }

  private void complex(AttributeDefinition attribute, JsonNode value, Supplier<String> label) {
    if (!value.isObject()) {
      throw SimpleValues.mismatch(label.get(), "a JSON object (it is complex)", value);
    }
    Nodes.NameGuard names = new Nodes.NameGuard(() -> "attribute '" + label.get() + "'");
    for (Map.Entry<String, JsonNode> member : value.properties()) {
      names.add(member.getKey());
      Optional<AttributeDefinition> sub = attribute.subAttribute(member.getKey());
      if (sub.isEmpty()) {
        rules.unknown(label.get() + "." + member.getKey(), "sub-attribute");
        continue;
      }
      value(sub.get(), member.getValue(), () -> label.get() + "." + sub.get().name());
    }
  }

  private static void checkOnePrimary(AttributeDefinition attribute, JsonNode values,
      Supplier<String> label) {
    Optional<AttributeDefinition> primary = attribute.subAttribute(PRIMARY);
    if (primary.isEmpty()) {
      return;
    }
    int count = 0;
    for (JsonNode element : values) {
      JsonNode flag = flag(attribute, primary.get(), element);
      if (flag != null && flag.isBoolean() && flag.booleanValue()) {
        count++;
      }
    }
    if (count > 1) {
      throw ScimException.invalidValue(
          "attribute '" + label.get() + "' has " + count
              + " values with primary set to true; at most one value may be primary");
    }
  }

  /** An element's primary flag, under its canonical name or any spelling of it. */
  private static JsonNode flag(AttributeDefinition attribute, AttributeDefinition primary,
      JsonNode element) {
    JsonNode flag = element.get(primary.name());
    if (flag != null || !element.isObject()) {
      return flag;
    }
    for (Map.Entry<String, JsonNode> member : element.properties()) {
      if (attribute.subAttribute(member.getKey()).map(primary::equals).orElse(false)) {
        return member.getValue();
      }
    }
    return null;
  }
}
