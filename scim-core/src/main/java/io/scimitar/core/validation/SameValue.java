package io.scimitar.core.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.core.schema.AttributeDefinition;

/**
 * Whether two values of one attribute are the same value, as the schema compares them: strings
 * ignore case unless caseExact, numbers compare numerically, complex values compare by their
 * sub-attributes, and multi-valued attributes compare as sets (RFC 7643 §2.4: no order).
 */
final class SameValue {
  private SameValue() {}

  static boolean same(AttributeDefinition attribute, JsonNode left, JsonNode right) {
    boolean leftEmpty = Nodes.isEmpty(left);
    boolean rightEmpty = Nodes.isEmpty(right);
    if (leftEmpty || rightEmpty) {
      return leftEmpty && rightEmpty;
    }
    if (attribute.multiValued() && left.isArray() && right.isArray()) {
      return left.size() == right.size() && containsAll(attribute, left, right)
          && containsAll(attribute, right, left);
    }
    return sameSingle(attribute, left, right);
  }

  private static boolean containsAll(AttributeDefinition attribute, JsonNode all, JsonNode some) {
    for (JsonNode wanted : some) {
      boolean found = false;
      for (JsonNode candidate : all) {
        if (sameSingle(attribute, candidate, wanted)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameSingle(AttributeDefinition attribute, JsonNode left,
      JsonNode right) {
    if (attribute.isComplex()) {
      if (!left.isObject() || !right.isObject()) {
        return left.equals(right);
      }
      for (AttributeDefinition sub : attribute.subAttributes()) {
        if (!same(sub, left.get(sub.name()), right.get(sub.name()))) {
          return false;
        }
      }
      return true;
    }
    if (left.isTextual() && right.isTextual() && !attribute.caseExact()) {
      return left.textValue().equalsIgnoreCase(right.textValue());
    }
    if (left.isNumber() && right.isNumber()) {
      return left.decimalValue().compareTo(right.decimalValue()) == 0;
    }
    return left.equals(right);
  }
}
