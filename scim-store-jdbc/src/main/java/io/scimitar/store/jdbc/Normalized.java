package io.scimitar.store.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.core.filter.CaseFolding;
import io.scimitar.core.json.ScimDateTime;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.AttributeType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * The comparable forms the store writes to its index columns and binds as filter parameters,
 * so that SQL comparisons agree with the SCIM core's: text case-folded with
 * {@link CaseFolding} unless the attribute is {@code caseExact} (binary always exact), and
 * numbers, booleans (0 and 1) and date-times (epoch seconds with nanoseconds) as exact decimals.
 */
final class Normalized {
  private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

  private Normalized() {}

  /** Whether the attribute's values are compared as text. */
  static boolean isText(AttributeDefinition leaf) {
    AttributeType type = leaf.type();
    return type == AttributeType.STRING || type == AttributeType.REFERENCE
        || type == AttributeType.BINARY;
  }

  /** Whether text of this attribute compares case-insensitively. */
  static boolean foldsCase(AttributeDefinition leaf) {
    return leaf.type() != AttributeType.BINARY && !leaf.caseExact();
  }

  /** The comparable form of a text value of this attribute. */
  static String text(AttributeDefinition leaf, String value) {
    return foldsCase(leaf) ? CaseFolding.fold(value) : value;
  }

  /** A date-time as epoch seconds, exactly. */
  static BigDecimal epochSeconds(Instant instant) {
    return BigDecimal.valueOf(instant.getEpochSecond())
        .add(BigDecimal.valueOf(instant.getNano()).divide(NANOS_PER_SECOND));
  }

  /**
   * The number column's form of a JSON value of a non-text attribute, or empty when the value
   * is not of the attribute's JSON type (such a value never matches a comparison).
   */
  static Optional<BigDecimal> number(AttributeDefinition leaf, JsonNode value) {
    return switch (leaf.type()) {
      case BOOLEAN -> value.isBoolean()
          ? Optional.of(value.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO)
          : Optional.empty();
      case INTEGER, DECIMAL -> isFiniteNumber(value)
          ? Optional.of(value.decimalValue())
          : Optional.empty();
      case DATE_TIME -> value.isTextual()
          ? ScimDateTime.tryParse(value.asText()).map(Normalized::epochSeconds)
          : Optional.empty();
      case STRING, REFERENCE, BINARY, COMPLEX -> Optional.empty();
    };
  }

  private static boolean isFiniteNumber(JsonNode value) {
    return value.isNumber()
        && (!(value.isDouble() || value.isFloat()) || Double.isFinite(value.doubleValue()));
  }
}
