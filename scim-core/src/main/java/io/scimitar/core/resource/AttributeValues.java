package io.scimitar.core.resource;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.core.json.ScimDateTime;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.AttributeType;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What attribute values mean, as their definitions say, shared by validation and PATCH: when a
 * value counts as unassigned (RFC 7643 §2.5), and when two values are the same (strings ignoring
 * case unless {@code caseExact}, numbers by value, date-times by instant, complex values
 * sub-attribute by sub-attribute, multi-valued ones as unordered collections).
 */
public final class AttributeValues {
  private AttributeValues() {}

  /**
   * Whether a value means "no value": absent, {@code null}, an empty string (what Entra ID sends
   * to clear an attribute), an empty array or an empty object.
   */
  public static boolean isUnassigned(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return true;
    }
    if (value.isTextual()) {
      return value.textValue().isEmpty();
    }
    return value.isContainerNode() && value.isEmpty();
  }

  /** Whether two values of the attribute are the same. */
  public static boolean same(AttributeDefinition definition, JsonNode a, JsonNode b) {
    boolean aEmpty = isUnassigned(a);
    boolean bEmpty = isUnassigned(b);
    if (aEmpty || bEmpty) {
      return aEmpty && bEmpty;
    }
    if (definition.multiValued()) {
      return sameCollection(definition, a, b);
    }
    return sameSingle(definition, a, b);
  }

  /** Whether two single values (elements, for a multi-valued attribute) are the same. */
  public static boolean sameSingle(AttributeDefinition definition, JsonNode a, JsonNode b) {
    boolean aEmpty = isUnassigned(a);
    boolean bEmpty = isUnassigned(b);
    if (aEmpty || bEmpty) {
      return aEmpty && bEmpty;
    }
    if (definition.isComplex()) {
      return sameObject(definition, a, b);
    }
    return sameScalar(definition, a, b);
  }

  private static boolean sameCollection(AttributeDefinition definition, JsonNode a, JsonNode b) {
    if (!a.isArray() || !b.isArray()) {
      return a.equals(b);
    }
    if (a.size() != b.size()) {
      return false;
    }
    return containsAll(definition, a, b) && containsAll(definition, b, a);
  }

  private static boolean containsAll(AttributeDefinition definition, JsonNode outer, JsonNode inner) {
    for (JsonNode wanted : inner) {
      boolean found = false;
      for (JsonNode candidate : outer) {
        if (sameSingle(definition, candidate, wanted)) {
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

  private static boolean sameObject(AttributeDefinition definition, JsonNode a, JsonNode b) {
    if (!a.isObject() || !b.isObject()) {
      return a.equals(b);
    }
    Set<String> names = new HashSet<>();
    for (Map.Entry<String, JsonNode> entry : a.properties()) {
      names.add(entry.getKey());
    }
    for (Map.Entry<String, JsonNode> entry : b.properties()) {
      names.add(entry.getKey());
    }
    for (String name : names) {
      Optional<AttributeDefinition> sub = definition.subAttribute(name);
      boolean equal = sub.isPresent()
          ? same(sub.get(), a.get(name), b.get(name))
          : Objects.equals(a.get(name), b.get(name));
      if (!equal) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameScalar(AttributeDefinition definition, JsonNode a, JsonNode b) {
    if (a.isTextual() && b.isTextual()) {
      String x = a.textValue();
      String y = b.textValue();
      if (definition.type() == AttributeType.DATE_TIME) {
        Optional<Instant> xi = ScimDateTime.tryParse(x);
        Optional<Instant> yi = ScimDateTime.tryParse(y);
        if (xi.isPresent() && yi.isPresent()) {
          return xi.get().equals(yi.get());
        }
      }
      return definition.caseExact() ? x.equals(y) : x.equalsIgnoreCase(y);
    }
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }
}
