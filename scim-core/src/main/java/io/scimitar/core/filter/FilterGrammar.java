package io.scimitar.core.filter;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.filter.FilterScanner.Kind;
import io.scimitar.core.filter.FilterScanner.Token;
import io.scimitar.core.path.AttributePath;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Recursive descent over {@link FilterScanner} tokens for the filter grammar of RFC 7644
 * §3.4.2.2, with precedence {@code not} &gt; {@code and} &gt; {@code or}. {@code and} and
 * {@code or} chains are built left-deep in a loop; only nesting (groups, negations, value paths)
 * recurses, and an explicit depth counter bounds it, so no input can overflow the stack. One
 * instance parses one text.
 */
final class FilterGrammar {
  private static final int MAX_NUMBER_LENGTH = 100;
  private static final int MAX_NUMBER_SCALE = 1000;
  private static final String OPERATORS = "eq, ne, co, sw, ew, gt, lt, ge, le or pr";
  private static final String VALUES = "a string in double quotes, a number, true, false or null";

  /**
   * The condition of a value path and the {@code ]} that closed it.
   *
   * @param condition the condition, with paths relative to the attribute
   * @param close the closing bracket
   */
  record Bracketed(Filter condition, Token close) {}

  private final FilterScanner scanner;
  private final int maxDepth;
  private final boolean unquotedValues;
  private int depth;

  FilterGrammar(FilterScanner scanner, int maxDepth, boolean unquotedValues) {
    this.scanner = scanner;
    this.maxDepth = maxDepth;
    this.unquotedValues = unquotedValues;
  }

  /** A whole filter: the expression and then the end of the input. */
  Filter filter() {
    Filter filter = or(false, "at the start of the filter");
    Token next = scanner.peek();
    return switch (next.kind()) {
      case END -> filter;
      case RIGHT_PAREN -> throw scanner.error(next.start(), "')' has no matching '('");
      case RIGHT_BRACKET -> throw scanner.error(next.start(), "']' has no matching '['");
      default -> throw scanner.error(next.start(),
          "expected 'and', 'or' or the end of the filter, found " + FilterScanner.describe(next));
    };
  }

  /**
   * The condition of a value path, after its {@code [} was consumed, up to and including the
   * closing {@code ]}.
   */
  Bracketed bracketed(Token open) {
    enter(open);
    Filter condition = or(true, "after '['");
    Token close = scanner.next();
    if (close.kind() == Kind.END) {
      throw scanner.error(open.start(), "'[' is never closed by ']'");
    }
    if (close.kind() != Kind.RIGHT_BRACKET) {
      throw scanner.error(close.start(),
          "expected 'and', 'or' or ']', found " + FilterScanner.describe(close));
    }
    depth--;
    return new Bracketed(condition, close);
  }

  private Filter or(boolean inValuePath, String context) {
    Filter left = and(inValuePath, context);
    while (scanner.peek().isWord("or")) {
      scanner.next();
      left = new Filter.Or(left, and(inValuePath, "after 'or'"));
    }
    return left;
  }

  private Filter and(boolean inValuePath, String context) {
    Filter left = unary(inValuePath, context);
    while (scanner.peek().isWord("and")) {
      scanner.next();
      left = new Filter.And(left, unary(inValuePath, "after 'and'"));
    }
    return left;
  }

  private Filter unary(boolean inValuePath, String context) {
    Token token = scanner.peek();
    if (token.kind() == Kind.LEFT_PAREN) {
      scanner.next();
      enter(token);
      Filter group = or(inValuePath, "after '('");
      closeParenthesis(token);
      return group;
    }
    if (token.kind() != Kind.WORD) {
      throw scanner.error(token.start(), "expected an attribute path, '(' or 'not' " + context
          + ", found " + FilterScanner.describe(token));
    }
    Token second = scanner.peekSecond();
    boolean usedAsAttribute = second.kind() == Kind.LEFT_BRACKET || isOperator(second);
    if (token.isWord("not") && second.kind() == Kind.LEFT_PAREN) {
      scanner.next();
      scanner.next();
      enter(token);
      Filter operand = or(inValuePath, "after 'not ('");
      closeParenthesis(second);
      return new Filter.Not(operand);
    }
    if (token.isWord("not") && !usedAsAttribute) {
      throw scanner.error(second.start(),
          "expected '(' after 'not', found " + FilterScanner.describe(second));
    }
    if ((token.isWord("and") || token.isWord("or")) && !usedAsAttribute) {
      throw scanner.error(token.start(), "expected an attribute path, '(' or 'not' " + context
          + ", found " + FilterScanner.describe(token));
    }
    return attributeExpression(inValuePath);
  }

  private static boolean isOperator(Token token) {
    return token.kind() == Kind.WORD
        && (token.isWord("pr") || ComparisonOperator.fromKeyword(token.text()).isPresent());
  }

  private void closeParenthesis(Token open) {
    Token close = scanner.next();
    if (close.kind() == Kind.END) {
      throw scanner.error(open.start(), "'(' is never closed by ')'");
    }
    if (close.kind() != Kind.RIGHT_PAREN) {
      throw scanner.error(close.start(),
          "expected 'and', 'or' or ')', found " + FilterScanner.describe(close));
    }
    depth--;
  }

  private void enter(Token opening) {
    depth++;
    if (depth > maxDepth) {
      throw scanner.error(opening.start(), "nesting exceeds the maximum depth of " + maxDepth
          + " (each '(', 'not' and value-path '[' is one level)");
    }
  }

  /** {@code attrPath pr}, {@code attrPath op value} or a value path. */
  private Filter attributeExpression(boolean inValuePath) {
    Token word = scanner.next();
    AttributePath path = path(word);
    Token open = scanner.peek();
    if (open.kind() != Kind.LEFT_BRACKET) {
      return operatorAndValue(path);
    }
    if (inValuePath) {
      throw scanner.error(open.start(),
          "value paths cannot be nested: '" + snippet(path) + "[' inside another '[...]'");
    }
    if (path.hasSubAttribute()) {
      throw scanner.error(open.start(), "a value path filters an attribute, not a "
          + "sub-attribute: '" + snippet(path) + "[' is not allowed");
    }
    scanner.next();
    Bracketed bracketed = bracketed(open);
    Optional<Token> dotWord = dotWordAfter(bracketed.close());
    if (dotWord.isEmpty()) {
      return new Filter.ValuePath(path, bracketed.condition());
    }
    String subAttribute = dotWord.get().text().substring(1);
    if (!AttributePath.isAttributeName(subAttribute)) {
      throw scanner.error(dotWord.get().start() + 1, "'" + FilterScanner.snippet(subAttribute)
          + "' after ']' is not a valid sub-attribute name");
    }
    // Entra ID's emails[type eq "work"].value eq "x": one element must satisfy both parts.
    Filter tail = operatorAndValue(AttributePath.of(subAttribute));
    return new Filter.ValuePath(path, new Filter.And(bracketed.condition(), tail));
  }

  /**
   * The {@code .subAttribute} word written directly after a value path's {@code ]}, if any;
   * consumed. Its text starts with the dot; the caller checks the name.
   */
  Optional<Token> dotWordAfter(Token close) {
    Token next = scanner.peek();
    if (next.kind() != Kind.WORD || next.start() != close.end() || !next.text().startsWith(".")) {
      return Optional.empty();
    }
    return Optional.of(scanner.next());
  }

  private AttributePath path(Token word) {
    try {
      return AttributePath.parse(word.text());
    } catch (ScimException invalid) {
      throw scanner.error(word.start(), invalid.detail());
    }
  }

  private Filter operatorAndValue(AttributePath path) {
    Token operator = scanner.next();
    if (operator.kind() != Kind.WORD) {
      throw scanner.error(operator.start(), "expected an operator (" + OPERATORS + ") after '"
          + snippet(path) + "', found " + FilterScanner.describe(operator));
    }
    if (operator.isWord("pr")) {
      return new Filter.Present(path);
    }
    ComparisonOperator comparison = ComparisonOperator.fromKeyword(operator.text())
        .orElseThrow(() -> scanner.error(operator.start(), "unknown operator "
            + FilterScanner.describe(operator) + " after '" + snippet(path) + "' (expected "
            + OPERATORS + ")"));
    return new Filter.Comparison(path, comparison, literal(operator));
  }

  private Literal literal(Token operator) {
    Token value = scanner.next();
    if (value.kind() == Kind.STRING) {
      return new Literal.Text(value.text());
    }
    if (value.kind() == Kind.WORD) {
      String text = value.text();
      if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
        return new Literal.Bool(text.equalsIgnoreCase("true"));
      }
      if (text.equalsIgnoreCase("null")) {
        return new Literal.Null();
      }
      char first = text.charAt(0);
      boolean numeric = first == '-' || (first >= '0' && first <= '9');
      if (unquotedValues && !(numeric && isJsonNumber(text))) {
        return new Literal.Text(text); // a client tolerance: userName eq bjensen
      }
      if (numeric) {
        return number(value);
      }
    }
    throw scanner.error(value.start(), "expected a value after '" + operator.text() + "' ("
        + VALUES + "), found " + FilterScanner.describe(value));
  }

  private Literal number(Token token) {
    String text = token.text();
    if (text.length() > MAX_NUMBER_LENGTH) {
      throw scanner.error(token.start(),
          "number is longer than " + MAX_NUMBER_LENGTH + " characters");
    }
    if (!isJsonNumber(text)) {
      throw scanner.error(token.start(), FilterScanner.describe(token)
          + " is not a JSON number (such as 42, -7, 3.14 or 1.5e3)");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException outOfRange) {
      throw scanner.error(token.start(), "number " + FilterScanner.describe(token)
          + " is out of range");
    }
    if (Math.abs(value.scale()) > MAX_NUMBER_SCALE) {
      throw scanner.error(token.start(), "number " + FilterScanner.describe(token)
          + " is out of range");
    }
    return new Literal.Numeric(value);
  }

  /** JSON's number grammar: {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}. */
  static boolean isJsonNumber(String text) {
    int i = 0;
    int length = text.length();
    if (i < length && text.charAt(i) == '-') {
      i++;
    }
    if (i < length && text.charAt(i) == '0') {
      i++;
    } else {
      int start = i;
      i = digits(text, i);
      if (i == start) {
        return false;
      }
    }
    if (i < length && text.charAt(i) == '.') {
      int start = ++i;
      i = digits(text, i);
      if (i == start) {
        return false;
      }
    }
    if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int start = i;
      i = digits(text, i);
      if (i == start) {
        return false;
      }
    }
    return i == length;
  }

  private static int digits(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  private static String snippet(AttributePath path) {
    return FilterScanner.name(path.render());
  }
}
