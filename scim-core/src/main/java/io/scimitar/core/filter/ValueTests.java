package io.scimitar.core.filter;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.core.json.ScimDateTime;
import io.scimitar.core.schema.AttributeDefinition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Tests of one attribute value against {@code op literal}, prepared once per comparison (the
 * literal is folded or parsed once, not once per value). A value of the wrong JSON type never
 * matches.
 */
final class ValueTests {
  private ValueTests() {}

  /**
   * The test for {@code op literal} on values of {@code leaf}; {@code op} is not {@code ne}
   * (evaluated as the negation of {@code eq}) and {@code literal} is not null.
   */
  static Predicate<JsonNode> of(AttributeDefinition leaf, ComparisonOperator op, Literal literal) {
    return switch (leaf.type()) {
      case STRING, REFERENCE -> text(literal, op, leaf.caseExact());
      case BINARY -> text(literal, op, true);
      case BOOLEAN -> bool(literal, op);
      case INTEGER, DECIMAL -> number(literal, op);
      case DATE_TIME -> dateTime(literal, op);
      case COMPLEX -> value -> false;
    };
  }

  private static Predicate<JsonNode> text(Literal literal, ComparisonOperator op, boolean exact) {
    if (!(literal instanceof Literal.Text text)) {
      return value -> false;
    }
    String expected = exact ? text.value() : CaseFolding.fold(text.value());
    return value -> {
      if (!value.isTextual()) {
        return false;
      }
      String actual = exact ? value.asText() : CaseFolding.fold(value.asText());
      return switch (op) {
        case CO -> actual.contains(expected);
        case SW -> actual.startsWith(expected);
        case EW -> actual.endsWith(expected);
        default -> holds(op, actual.compareTo(expected));
      };
    };
  }

  private static Predicate<JsonNode> bool(Literal literal, ComparisonOperator op) {
    Optional<Boolean> expected = Optional.empty();
    if (literal instanceof Literal.Bool bool) {
      expected = Optional.of(bool.value());
    } else if (literal instanceof Literal.Text text
        && (text.value().equalsIgnoreCase("true") || text.value().equalsIgnoreCase("false"))) {
      expected = Optional.of(text.value().equalsIgnoreCase("true"));
    }
    if (expected.isEmpty() || op != ComparisonOperator.EQ) {
      return value -> false;
    }
    boolean wanted = expected.get();
    return value -> value.isBoolean() && value.booleanValue() == wanted;
  }

  private static Predicate<JsonNode> number(Literal literal, ComparisonOperator op) {
    if (!(literal instanceof Literal.Numeric numeric) || op.isSubstring()) {
      return value -> false;
    }
    BigDecimal expected = numeric.value();
    return value -> isFiniteNumber(value) && holds(op, value.decimalValue().compareTo(expected));
  }

  private static boolean isFiniteNumber(JsonNode value) {
    return value.isNumber()
        && (!(value.isDouble() || value.isFloat()) || Double.isFinite(value.doubleValue()));
  }

  private static Predicate<JsonNode> dateTime(Literal literal, ComparisonOperator op) {
    Optional<Instant> expected = literal instanceof Literal.Text text
        ? ScimDateTime.tryParse(text.value())
        : Optional.empty();
    if (expected.isEmpty() || op.isSubstring()) {
      return value -> false;
    }
    Instant instant = expected.get();
    return value -> value.isTextual()
        && ScimDateTime.tryParse(value.asText())
            .map(actual -> holds(op, actual.compareTo(instant)))
            .orElse(false);
  }

  /** Whether a comparison result satisfies {@code eq}, {@code ne} or an ordering operator. */
  private static boolean holds(ComparisonOperator op, int comparison) {
    return switch (op) {
      case EQ -> comparison == 0;
      case NE -> comparison != 0;
      case GT -> comparison > 0;
      case GE -> comparison >= 0;
      case LT -> comparison < 0;
      case LE -> comparison <= 0;
      case CO, SW, EW -> false;
    };
  }
}
