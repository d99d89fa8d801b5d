package io.scimitar.core.resource;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Defensive copies of the "other attributes" maps of the typed views. */
final class OtherAttributes {
  private OtherAttributes() {}

  /** An unmodifiable copy, in the same order, with every value deep-copied; null gives empty. */
  static Map<String, JsonNode> copy(Map<String, JsonNode> other) {
    if (other == null || other.isEmpty()) {
      return Map.of();
    }
    Map<String, JsonNode> copy = new LinkedHashMap<>();
    other.forEach((name, value) -> {
      Objects.requireNonNull(name, "attribute name");
      Objects.requireNonNull(value, "value of " + name + " (use NullNode for JSON null)");
      copy.put(name, value.deepCopy());
    });
    return Collections.unmodifiableMap(copy);
  }
}
