package io.scimitar.core.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.AttributeType;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The {@code primary} rule of RFC 7643 §2.4 and RFC 7644 §3.5.2: at most one value of a
 * multi-valued attribute is primary, and an operation that makes one value primary makes the
 * others not primary.
 */
final class PrimaryValues {
  private static final String PRIMARY = "primary";

  private PrimaryValues() {}

  /**
   * Applies the rule after an operation wrote {@code written} (elements of {@code array},
   * compared by identity).
   *
   * @throws io.scimitar.core.error.ScimException 400 {@code invalidValue} when the operation
   *     itself made more than one value primary
   */
  static void enforce(OperationContext context, AttributeDefinition attribute, ArrayNode array,
      Set<JsonNode> written, Supplier<String> label) {
    boolean hasPrimary = attribute.subAttribute(PRIMARY)
        .map(sub -> sub.type() == AttributeType.BOOLEAN).orElse(false);
    if (!hasPrimary) {
      return;
    }
    int chosen = -1;
    for (int i = 0; i < array.size(); i++) {
      if (written.contains(array.get(i)) && isPrimary(array.get(i))) {
        if (chosen >= 0) {
          throw context.invalidValue(
              "more than one value of " + label.get() + " has primary set to true");
        }
        chosen = i;
      }
    }
    if (chosen < 0) {
      return;
    }
    for (int i = 0; i < array.size(); i++) {
      if (i != chosen && isPrimary(array.get(i))) {
        ((ObjectNode) array.get(i)).put(PRIMARY, false);
      }
    }
  }

  private static boolean isPrimary(JsonNode element) {
    JsonNode primary = element.get(PRIMARY);
    return primary != null && primary.isBoolean() && primary.booleanValue();
  }
}
