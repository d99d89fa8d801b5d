package io.scimitar.core.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.resource.AttributeValues;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.Mutability;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.Schema;
import java.util.List;
import java.util.function.Supplier;

/**
 * The {@code required} characteristic, checked on a final canonical tree: every required
 * attribute has a value (a blank string does not count), in the core schema, in each extension
 * the resource carries or its type requires, and in every value of a complex attribute.
 * ReadOnly attributes are the service provider's to fill, so they are not checked.
 */
final class RequiredAttributes {
  private RequiredAttributes() {}

  /** @throws ScimException 400 {@code invalidValue} naming the first missing attribute */
  static void check(ResourceSchema resourceSchema, ObjectNode tree) {
    checkChanged(resourceSchema, tree, null);
  }

  /**
   * The same check on a tree derived from a valid {@code before} by copy-on-write: attributes
   * that hold the very node they held in {@code before} passed there and are skipped, so only
   * what changed is walked. An extension the resource did not carry before is checked whole.
   *
   * @param before the valid tree {@code tree} was derived from, or null to check everything
   * @throws ScimException 400 {@code invalidValue} naming the first missing attribute
   */
  static void checkChanged(ResourceSchema resourceSchema, ObjectNode tree, ObjectNode before) {
    checkAll(resourceSchema.coreSchema().attributes(), tree, before, () -> "");
    for (Schema extension : resourceSchema.extensions()) {
      ObjectNode values = Nodes.object(tree, extension.id());
      if (values == null || values.isEmpty()) {
        if (resourceSchema.isRequiredExtension(extension.id())) {
          throw ScimException.invalidValue(
              "resource type " + resourceSchema.resourceType().name() + " requires extension "
                  + extension.id());
        }
        continue;
      }
      ObjectNode previous = Nodes.object(before, extension.id());
      checkAll(extension.attributes(), values,
          previous == null || previous.isEmpty() ? null : previous, () -> extension.id() + ":");
    }
  }

  /**
   * @param previous the container of the same attributes in the tree this one was derived from;
   *     attributes holding the same node there are skipped. Null to check every attribute
   * @param prefix the path up to the container (e.g. {@code emails[1].}), built only for an
   *     error
   */
  private static void checkAll(List<AttributeDefinition> attributes, JsonNode container,
      JsonNode previous, Supplier<String> prefix) {
    for (AttributeDefinition attribute : attributes) {
      if (attribute.mutability() == Mutability.READ_ONLY) {
        continue;
      }
      JsonNode value = container.get(attribute.name());
      if (previous != null && Nodes.sameNode(value, previous.get(attribute.name()))) {
        continue;
      }
      if (attribute.required() && isBlank(value)) {
        throw ScimException.invalidValue(
            "attribute '" + prefix.get() + attribute.name() + "' is required");
      }
      if (attribute.isComplex() && value != null) {
        checkSubAttributes(attribute, value, () -> prefix.get() + attribute.name());
      }
    }
  }

  private static void checkSubAttributes(AttributeDefinition attribute, JsonNode value,
      Supplier<String> label) {
    if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        int index = i;
        checkAll(attribute.subAttributes(), value.get(i), null,
            () -> label.get() + "[" + index + "].");
      }
    } else if (value.isObject()) {
      checkAll(attribute.subAttributes(), value, null, () -> label.get() + ".");
    }
  }

  /** Unassigned, or a string of only white space: neither satisfies {@code required}. */
  private static boolean isBlank(JsonNode value) {
    return AttributeValues.isUnassigned(value) || (value.isTextual() && value.textValue().isBlank());
  }
}
