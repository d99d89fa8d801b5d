package io.scimitar.core.filter;

import io.scimitar.core.error.ScimException;

/**
 * Splits filter text into tokens in one left-to-right pass, with two tokens of lookahead. Words
 * (attribute paths, keywords, numbers and the literals {@code true false null}) are runs of
 * characters up to whitespace, a parenthesis, a bracket or a double quote; their meaning is left
 * to {@link FilterGrammar}. Strings are decoded here, with every JSON escape.
 *
 * <p>Positions in error details are 1-based character offsets into the text.
 */
final class FilterScanner {

  /** What a token is. */
  enum Kind {
    WORD, STRING, LEFT_PAREN, RIGHT_PAREN, LEFT_BRACKET, RIGHT_BRACKET, END
  }

  /**
   * One token.
   *
   * @param kind what it is
   * @param text the word as written, or the decoded string; empty for punctuation and the end
   * @param start 0-based index of its first character
   * @param end 0-based index just after its last character
   */
  record Token(Kind kind, String text, int start, int end) {
    boolean isWord(String keyword) {
      return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }
  }

  private static final int SNIPPET_LENGTH = 40;
  private static final int NAME_LENGTH = 120;

  private final String input;
  private int position;
  private Token first;
  private Token second;

  FilterScanner(String input) {
    this.input = input;
  }

  /** The next token, without consuming it. */
  Token peek() {
    if (first == null) {
      first = scan();
    }
    return first;
  }

  /** The token after the next one, without consuming either. */
  Token peekSecond() {
    peek();
    if (second == null) {
      second = scan();
    }
    return second;
  }

  /** Consumes and returns the next token. */
  Token next() {
    Token token = peek();
    first = second;
    second = null;
    return token;
  }

  /** A 400 {@code invalidFilter} naming the 1-based position of {@code index}. */
  ScimException error(int index, String what) {
    return ScimException.invalidFilter(
        "invalid filter at position " + (index + 1) + ": " + what);
  }

  /** How a token reads in an error detail, e.g. {@code 'userName'} or {@code end of input}. */
  static String describe(Token token) {
    return switch (token.kind()) {
      case WORD -> "'" + snippet(token.text()) + "'";
      case STRING -> "string \"" + snippet(token.text()) + "\"";
      case LEFT_PAREN -> "'('";
      case RIGHT_PAREN -> "')'";
      case LEFT_BRACKET -> "'['";
      case RIGHT_BRACKET -> "']'";
      case END -> "end of input";
    };
  }

  /** Shortens text quoted in error details so that a huge input is never echoed back. */
  static String snippet(String text) {
    return shorten(text, SNIPPET_LENGTH);
  }

  /** Shortens an attribute path or URN quoted in error details; room enough for real ones. */
  static String name(String text) {
    return shorten(text, NAME_LENGTH);
  }

  private static String shorten(String text, int length) {
    return text.length() > length ? text.substring(0, length) + "…" : text;
  }

  private Token scan() {
    while (position < input.length() && isWhitespace(input.charAt(position))) {
      position++;
    }
    int start = position;
    if (position >= input.length()) {
      return new Token(Kind.END, "", start, start);
    }
    char c = input.charAt(position);
    return switch (c) {
      case '(' -> punctuation(Kind.LEFT_PAREN);
      case ')' -> punctuation(Kind.RIGHT_PAREN);
      case '[' -> punctuation(Kind.LEFT_BRACKET);
      case ']' -> punctuation(Kind.RIGHT_BRACKET);
      case '"' -> string();
      default -> word();
    };
  }

  private Token punctuation(Kind kind) {
    int start = position++;
    return new Token(kind, "", start, position);
  }

  private Token word() {
    int start = position;
    while (position < input.length() && !endsWord(input.charAt(position))) {
      position++;
    }
    return new Token(Kind.WORD, input.substring(start, position), start, position);
  }

  private Token string() {
    int start = position++;
    StringBuilder value = new StringBuilder();
    while (position < input.length()) {
      char c = input.charAt(position);
      if (c == '"') {
        position++;
        return new Token(Kind.STRING, value.toString(), start, position);
      }
      if (c == '\\') {
        value.append(escape());
      } else if (c < 0x20) {
        throw error(position, String.format(
            "control character U+%04X must be escaped inside a string", (int) c));
      } else {
        value.append(c);
        position++;
      }
    }
    throw error(start, "string is not terminated by a closing '\"'");
  }

  /** Decodes the escape at {@code position} (a backslash) and moves past it. */
  private char escape() {
    int start = position;
    if (position + 1 >= input.length()) {
      throw error(start, "string ends inside an escape sequence");
    }
    char kind = input.charAt(position + 1);
    position += 2;
    return switch (kind) {
      case '"' -> '"';
      case '\\' -> '\\';
      case '/' -> '/';
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> unicodeEscape(start);
      default -> throw error(start, "invalid escape '\\" + printable(kind) + "' in string "
          + "(allowed: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
    };
  }

  private char unicodeEscape(int start) {
    if (position + 4 > input.length()) {
      throw error(start, "\\u must be followed by four hexadecimal digits");
    }
    int code = 0;
    for (int i = 0; i < 4; i++) {
      int digit = hexValue(input.charAt(position + i));
      if (digit < 0) {
        throw error(start, "\\u must be followed by four hexadecimal digits, found '"
            + printable(input.substring(position, position + 4)) + "'");
      }
      code = code * 16 + digit;
    }
    position += 4;
    return (char) code;
  }

  /** The value of an ASCII hex digit, or -1 (Character.digit would accept non-ASCII digits). */
  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static String printable(char c) {
    return c < 0x20 || c == 0x7f ? String.format("U+%04X", (int) c) : String.valueOf(c);
  }

  private static String printable(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      out.append(printable(text.charAt(i)));
    }
    return out.toString();
  }

  static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static boolean endsWord(char c) {
    return isWhitespace(c) || c == '(' || c == ')' || c == '[' || c == ']' || c == '"';
  }
}
