package io.scimitar.core.patch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Small questions about JSON values that PATCH asks often. */
final class JsonValues {
  private JsonValues() {}


  /** A member of an object by name, ignoring case (attribute names are case-insensitive). */
  static JsonNode field(JsonNode object, String name) {
    if (object == null || !object.isObject()) {
      return null;
    }
    JsonNode exact = object.get(name);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      if (entry.getKey().equalsIgnoreCase(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** A text member by name ignoring case, or null when absent or not text. */
  static String text(JsonNode object, String name) {
    JsonNode value = field(object, name);
    return value != null && value.isTextual() ? value.textValue() : null;
  }

  /** A short description of a JSON value's kind, for error details. */
  static String kind(JsonNode value) {
    if (value == null || value.isNull()) {
      return "null";
    }
    if (value.isTextual()) {
      return "a string";
    }
    if (value.isBoolean()) {
      return "a boolean";
    }
    if (value.isNumber()) {
      return "a number";
    }
    return value.isArray() ? "an array" : "an object";
  }
}
