package io.scimitar.core.filter;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.core.path.PathValues;
import io.scimitar.core.schema.AttributeDefinition;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Tests of one attribute value against {@code op literal}, built once per comparison with the
 * literal already folded or parsed, so that testing a value copies and allocates nothing (except
 * for numbers that are neither integers nor longs, and dateTimes outside the common form). A
 * value of the wrong JSON type never matches.
 */
final class ValueTests {
  private ValueTests() {}

  /**
   * The test for {@code op literal} on values of {@code leaf}; {@code op} is not {@code ne}
   * (evaluated as the negation of {@code eq}) and {@code literal} is not null.
   */
  static NodeTest of(AttributeDefinition leaf, ComparisonOperator op, Literal literal) {
    return switch (leaf.type()) {
      case STRING, REFERENCE -> text(literal, op, leaf.caseExact());
      case BINARY -> text(literal, op, true);
      case BOOLEAN -> bool(literal, op);
      case INTEGER, DECIMAL -> number(literal, op);
      case DATE_TIME -> dateTime(literal, op);
      case COMPLEX -> Never.INSTANCE;
    };
  }

  private static NodeTest text(Literal literal, ComparisonOperator op, boolean exact) {
    if (!(literal instanceof Literal.Text text)) {
      return Never.INSTANCE;
    }
    return exact
        ? new ExactText(op, text.value())
        : new FoldedText(op, CaseFolding.fold(text.value()));
  }

  private static NodeTest bool(Literal literal, ComparisonOperator op) {
    if (op != ComparisonOperator.EQ) {
      return Never.INSTANCE;
    }
    if (literal instanceof Literal.Bool bool) {
      return new BooleanEquals(bool.value());
    }
    if (literal instanceof Literal.Text text
        && (text.value().equalsIgnoreCase("true") || text.value().equalsIgnoreCase("false"))) {
      return new BooleanEquals(text.value().equalsIgnoreCase("true"));
    }
    return Never.INSTANCE;
  }

  private static NodeTest number(Literal literal, ComparisonOperator op) {
    if (!(literal instanceof Literal.Numeric numeric) || op.isSubstring()) {
      return Never.INSTANCE;
    }
    return new NumberComparison(op, numeric.value());
  }

  private static NodeTest dateTime(Literal literal, ComparisonOperator op) {
    Instant expected = literal instanceof Literal.Text text
        ? DateTimeValues.parse(text.value())
        : null;
    if (expected == null || op.isSubstring()) {
      return Never.INSTANCE;
    }
    return new DateTimeComparison(op, expected);
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

  /** Case-exact strings and binary: compared as they are, ordered by UTF-16 code unit. */
  record ExactText(ComparisonOperator op, String expected) implements NodeTest {
    @Override
    public boolean test(JsonNode value) {
      if (!value.isTextual()) {
        return false;
      }
      String actual = value.textValue();
      return switch (op) {
        case EQ -> actual.equals(expected);
        case CO -> actual.contains(expected);
        case SW -> actual.startsWith(expected);
        case EW -> actual.endsWith(expected);
        default -> holds(op, actual.compareTo(expected));
      };
    }
  }

  /**
   * Case-insensitive strings and references: the value's {@link CaseFolding fold} against the
   * folded literal, read without copying the value.
   */
  record FoldedText(ComparisonOperator op, String folded) implements NodeTest {
    @Override
    public boolean test(JsonNode value) {
      if (!value.isTextual()) {
        return false;
      }
      String actual = value.textValue();
      return switch (op) {
        case EQ -> CaseFolding.equalsFolded(actual, folded);
        case CO -> CaseFolding.containsFolded(actual, folded);
        case SW -> CaseFolding.startsWithFolded(actual, folded);
        case EW -> CaseFolding.endsWithFolded(actual, folded);
        default -> holds(op, CaseFolding.compareFolded(actual, folded));
      };
    }
  }

  /** {@code eq true} or {@code eq false} (booleans have no order). */
  record BooleanEquals(boolean expected) implements NodeTest {
    @Override
    public boolean test(JsonNode value) {
      return value.isBoolean() && value.booleanValue() == expected;
    }
  }

  /**
   * Integers and decimals, compared numerically; JSON integers that fit a long are compared as
   * longs when the literal is a whole number that fits one, which is exact and allocates nothing.
   */
  static final class NumberComparison implements NodeTest {
    private static final int LONG_DIGITS = 18;

    private final ComparisonOperator op;
    private final BigDecimal expected;
    private final boolean expectedIsLong;
    private final long expectedLong;

    NumberComparison(ComparisonOperator op, BigDecimal expected) {
      this.op = op;
      this.expected = expected;
      this.expectedIsLong = isLong(expected);
      this.expectedLong = expectedIsLong ? expected.longValue() : 0;
    }

    /** Whether the value is a whole number of at most 18 digits, so it converts exactly. */
    private static boolean isLong(BigDecimal value) {
      BigDecimal stripped = value.stripTrailingZeros();
      return stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= LONG_DIGITS;
    }

    @Override
    public boolean test(JsonNode value) {
      if (!value.isNumber()) {
        return false;
      }
      if (expectedIsLong && (value.isInt() || value.isLong())) {
        return holds(op, Long.compare(value.longValue(), expectedLong));
      }
      if ((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue())) {
        return false;
      }
      return holds(op, value.decimalValue().compareTo(expected));
    }
  }

  /** dateTime values compared as instants; text that is not an xsd:dateTime never matches. */
  record DateTimeComparison(ComparisonOperator op, Instant expected) implements NodeTest {
    @Override
    public boolean test(JsonNode value) {
      if (!value.isTextual()) {
        return false;
      }
      int comparison = DateTimeValues.compare(value.textValue(), expected);
      return comparison != DateTimeValues.NOT_A_DATE_TIME && holds(op, comparison);
    }
  }

  /** A value present in the sense of {@code pr}: see {@link PathValues#isPresent}. */
  enum Present implements NodeTest {
    INSTANCE;

    @Override
    public boolean test(JsonNode value) {
      return PathValues.isPresent(value);
    }
  }

  /** A comparison that no value can satisfy, such as a number compared with a string. */
  enum Never implements NodeTest {
    INSTANCE;

    @Override
    public boolean test(JsonNode value) {
      return false;
    }
  }
}
