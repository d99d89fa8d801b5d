package io.scimitar.core.validation;

import com.fasterxml.jackson.databind.JsonNode;

/** Names what a client sent, for error details: "the string 'yes'", "the number 5.5". */
final class ValueDescriptions {
  private static final int MAX_SHOWN = 40;
  private static final int MAX_NAME = 200;

  private ValueDescriptions() {}

  static String describe(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return "null";
    }
    if (value.isTextual()) {
      return "the string '" + abbreviate(value.textValue()) + "'";
    }
    if (value.isNumber()) {
      return "the number " + abbreviate(value.asText());
    }
    if (value.isBoolean()) {
      return "the boolean " + value.booleanValue();
    }
    return value.isArray() ? "an array" : "an object";
  }

  /** A client-sent value, cut short. */
  static String abbreviate(String text) {
    return cut(text, MAX_SHOWN);
  }

  /** A client-sent attribute name or URN, cut short only when absurdly long. */
  static String name(String text) {
    return cut(text, MAX_NAME);
  }

  private static String cut(String text, int max) {
    return text.length() > max ? text.substring(0, max) + "…" : text;
  }
}
