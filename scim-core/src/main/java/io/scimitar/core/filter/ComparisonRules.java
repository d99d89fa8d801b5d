package io.scimitar.core.filter;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.json.ScimDateTime;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.AttributeType;

/**
 * Which operators and literals each attribute type accepts, and the canonical literal for each
 * accepted combination. The rules are listed in {@link FilterEvaluator}'s class documentation.
 */
final class ComparisonRules {
  private ComparisonRules() {}

  /**
   * Checks {@code path op literal} against the type of {@code leaf}.
   *
   * @return the literal to keep (Entra ID's {@code "True"} for a boolean becomes {@code true})
   * @throws ScimException 400 {@code invalidFilter} naming the attribute when the combination is
   *     not supported
   */
  static Literal check(
      AttributeDefinition leaf, ComparisonOperator operator, Literal literal, String path) {
    if (literal instanceof Literal.Null) {
      if (operator != ComparisonOperator.EQ && operator != ComparisonOperator.NE) {
        throw ScimException.invalidFilter("'" + path + " " + operator.keyword() + " null' is "
            + "not supported: only eq and ne compare with null");
      }
      return literal;
    }
    AttributeType type = leaf.type();
    return switch (type) {
      case STRING, REFERENCE -> requireText(literal, path, type, "a string in double quotes");
      case BINARY -> {
        rejectOrdering(operator, path, type);
        yield requireText(literal, path, type, "a base64 string in double quotes");
      }
      case BOOLEAN -> {
        rejectOrdering(operator, path, type);
        rejectSubstring(operator, path, type);
        yield toBoolean(literal, path);
      }
      case INTEGER, DECIMAL -> {
        rejectSubstring(operator, path, type);
        if (!(literal instanceof Literal.Numeric)) {
          throw mismatch(path, type, "a number", literal);
        }
        yield literal;
      }
      case DATE_TIME -> {
        rejectSubstring(operator, path, type);
        if (!(literal instanceof Literal.Text text)
            || ScimDateTime.tryParse(text.value()).isEmpty()) {
          throw mismatch(path, type, "a date-time string such as \"2011-05-13T04:42:34Z\"",
              literal);
        }
        yield literal;
      }
      case COMPLEX -> throw ScimException.invalidFilter("attribute '" + path + "' is complex; "
          + "compare one of its sub-attributes");
    };
  }

  private static Literal requireText(
      Literal literal, String path, AttributeType type, String expected) {
    if (!(literal instanceof Literal.Text)) {
      throw mismatch(path, type, expected, literal);
    }
    return literal;
  }

  /** Booleans are {@code true}/{@code false}; Entra ID's strings "True"/"False" are tolerated. */
  private static Literal toBoolean(Literal literal, String path) {
    if (literal instanceof Literal.Bool) {
      return literal;
    }
    if (literal instanceof Literal.Text text) {
      if (text.value().equalsIgnoreCase("true")) {
        return new Literal.Bool(true);
      }
      if (text.value().equalsIgnoreCase("false")) {
        return new Literal.Bool(false);
      }
    }
    throw mismatch(path, AttributeType.BOOLEAN, "true or false", literal);
  }

  private static void rejectOrdering(ComparisonOperator operator, String path, AttributeType type) {
    if (operator.isOrdering()) {
      throw unsupported(operator, path, type);
    }
  }

  private static void rejectSubstring(
      ComparisonOperator operator, String path, AttributeType type) {
    if (operator.isSubstring()) {
      throw unsupported(operator, path, type);
    }
  }

  private static ScimException unsupported(
      ComparisonOperator operator, String path, AttributeType type) {
    return ScimException.invalidFilter("operator '" + operator.keyword() + "' is not supported "
        + "on " + type.scimName() + " attribute '" + path + "'");
  }

  private static ScimException mismatch(
      String path, AttributeType type, String expected, Literal literal) {
    return ScimException.invalidFilter("attribute '" + path + "' is of type " + type.scimName()
        + "; compare it with " + expected + ", not " + FilterScanner.snippet(literal.render()));
  }
}
