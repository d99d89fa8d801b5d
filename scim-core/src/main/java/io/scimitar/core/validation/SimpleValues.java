package io.scimitar.core.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.json.ScimDateTime;
import io.scimitar.core.schema.AttributeDefinition;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * Checks one value of a simple (non-complex) attribute against its type (RFC 7643 §2.3). Values
 * are kept exactly as sent; the one coercion, for client input only, turns the strings
 * {@code "True"} and {@code "False"} (any case) into booleans, because Entra ID sends them.
 * Text and decimals must also be values every store holds ({@link PortableValues}).
 */
final class SimpleValues {
  private SimpleValues() {}

  /**
   * The value if it fits the attribute's type.
   *
   * @param label the attribute path, for the error detail
   * @param coerce whether client-input coercions apply
   * @throws ScimException 400 {@code invalidValue} naming the attribute and what was sent
   */
  static JsonNode check(AttributeDefinition attribute, JsonNode value, String label,
      boolean coerce) {
    return check(attribute, value, () -> label, coerce);
  }

  /** {@link #check(AttributeDefinition, JsonNode, String, boolean)}, the label built on error. */
  static JsonNode check(AttributeDefinition attribute, JsonNode value, Supplier<String> label,
      boolean coerce) {
    return switch (attribute.type()) {
      case STRING -> requireText(value, label, "a string");
      case REFERENCE -> requireText(value, label, "a string holding a URI reference");
      case BOOLEAN -> bool(value, label, coerce);
      case INTEGER -> integer(value, label);
      case DECIMAL -> decimal(value, label);
      case DATE_TIME -> dateTime(value, label);
      case BINARY -> binary(value, label);
      case COMPLEX -> throw new IllegalArgumentException("not a simple attribute: " + attribute);
    };
  }

  private static JsonNode requireText(JsonNode value, Supplier<String> label, String expected) {
    if (!value.isTextual()) {
      throw mismatch(label.get(), expected, value);
    }
    PortableValues.checkText(value.textValue(), label);
    return value;
  }

  private static JsonNode bool(JsonNode value, Supplier<String> label, boolean coerce) {
    if (value.isBoolean()) {
      return value;
    }
    if (coerce && value.isTextual()) {
      if (value.textValue().equalsIgnoreCase("true")) {
        return BooleanNode.TRUE;
      }
      if (value.textValue().equalsIgnoreCase("false")) {
        return BooleanNode.FALSE;
      }
    }
    throw mismatch(label.get(), "a boolean (true or false)", value);
  }

  private static JsonNode integer(JsonNode value, Supplier<String> label) {
    if (!value.isIntegralNumber()) {
      throw mismatch(
          label.get(), "an integer (a JSON number without fraction or exponent)", value);
    }
    if (!value.canConvertToLong()) {
      throw ScimException.invalidValue(
          "attribute '" + label.get() + "' must be an integer within 64 bits, got "
              + ValueDescriptions.describe(value));
    }
    return value;
  }

  private static JsonNode decimal(JsonNode value, Supplier<String> label) {
    if (!value.isNumber()) {
      throw mismatch(label.get(), "a number", value);
    }
    PortableValues.checkDecimal(value.decimalValue(), label);
    return value;
  }

  /** Checked with {@link ScimDateTime}, but kept as sent: values are stored exactly as given. */
  private static JsonNode dateTime(JsonNode value, Supplier<String> label) {
    ScimDateTime.parse(
        requireText(value, label, "an xsd:dateTime string").textValue(), label.get());
    return value;
  }

  private static JsonNode binary(JsonNode value, Supplier<String> label) {
    requireText(value, label, "a base64-encoded string");
    try {
      Base64.getDecoder().decode(value.textValue());
    } catch (IllegalArgumentException e) {
      throw ScimException.invalidValue(
          "attribute '" + label.get() + "' must be base64-encoded (RFC 4648 §4): "
              + e.getMessage());
    }
    return value;
  }

  static ScimException mismatch(String label, String expected, JsonNode value) {
    return ScimException.invalidValue(
        "attribute '" + label + "' must be " + expected + ", got "
            + ValueDescriptions.describe(value));
  }
}
