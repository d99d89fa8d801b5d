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
    checkAll(resourceSchema.coreSchema().attributes(), tree, "");
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
      checkAll(extension.attributes(), values, extension.id() + ":");
    }
  }

  private static void checkAll(List<AttributeDefinition> attributes, JsonNode container,
      String prefix) {
    for (AttributeDefinition attribute : attributes) {
      if (attribute.mutability() == Mutability.READ_ONLY) {
        continue;
      }
      String label = prefix + attribute.name();
      JsonNode value = container.get(attribute.name());
      if (attribute.required() && isBlank(value)) {
        throw ScimException.invalidValue("attribute '" + label + "' is required");
      }
      if (attribute.isComplex() && value != null) {
        checkSubAttributes(attribute, value, label);
      }
    }
  }

  private static void checkSubAttributes(AttributeDefinition attribute, JsonNode value,
      String label) {
    if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        checkAll(attribute.subAttributes(), value.get(i), label + "[" + i + "].");
      }
    } else if (value.isObject()) {
      checkAll(attribute.subAttributes(), value, label + ".");
    }
  }

  /** Unassigned, or a string of only white space: neither satisfies {@code required}. */
  private static boolean isBlank(JsonNode value) {
    return AttributeValues.isUnassigned(value) || (value.isTextual() && value.textValue().isBlank());
  }
}
