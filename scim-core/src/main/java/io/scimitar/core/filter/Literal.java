package io.scimitar.core.filter;

import java.math.BigDecimal;
import java.util.Objects;

/** A comparison value in a filter: a JSON literal (RFC 7644 §3.4.2.2 {@code compValue}). */
public sealed interface Literal permits Literal.Text, Literal.Numeric, Literal.Bool, Literal.Null {

  /** The literal as JSON text, e.g. {@code "a\"b"}, {@code 42}, {@code true}, {@code null}. */
  String render();

  /** A JSON string. */
  record Text(String value) implements Literal {
    public Text {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String render() {
      StringBuilder out = new StringBuilder(value.length() + 2).append('"');
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          case '\b' -> out.append("\\b");
          case '\f' -> out.append("\\f");
          default -> {
            if (c < 0x20 || isLoneSurrogate(i)) {
              // Lone surrogates are escaped so the text stays encodable as UTF-8.
              out.append(String.format("\\u%04x", (int) c));
            } else {
              out.append(c);
            }
          }
        }
      }
      return out.append('"').toString();
    }

    private boolean isLoneSurrogate(int index) {
      char c = value.charAt(index);
      if (Character.isHighSurrogate(c)) {
        return index + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(index + 1));
      }
      if (Character.isLowSurrogate(c)) {
        return index == 0 || !Character.isHighSurrogate(value.charAt(index - 1));
      }
      return false;
    }
  }

  /** A JSON number, kept exactly. Equality is numeric ({@code 1.0} equals {@code 1}). */
  record Numeric(BigDecimal value) implements Literal {
    public Numeric {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String render() {
      return value.toString();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Numeric that && value.compareTo(that.value) == 0;
    }

    @Override
    public int hashCode() {
      return value.stripTrailingZeros().hashCode();
    }
  }

  /** {@code true} or {@code false}. */
  record Bool(boolean value) implements Literal {
    @Override
    public String render() {
      return Boolean.toString(value);
    }
  }

  /** {@code null}. */
  record Null() implements Literal {
    @Override
    public String render() {
      return "null";
    }
  }
}
