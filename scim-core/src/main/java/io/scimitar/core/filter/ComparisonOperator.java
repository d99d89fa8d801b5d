package io.scimitar.core.filter;

import java.util.Locale;
import java.util.Optional;

/** The attribute operators of RFC 7644 §3.4.2.2 that take a value ({@code pr} is separate). */
public enum ComparisonOperator {
  EQ, NE, CO, SW, EW, GT, LT, GE, LE;

  /** Whether this operator orders values ({@code gt lt ge le}). */
  public boolean isOrdering() {
    return this == GT || this == LT || this == GE || this == LE;
  }

  /** Whether this operator matches text inside values ({@code co sw ew}). */
  public boolean isSubstring() {
    return this == CO || this == SW || this == EW;
  }

  /** The keyword in lower case, e.g. {@code eq}. */
  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a keyword, case-insensitively. */
  public static Optional<ComparisonOperator> fromKeyword(String keyword) {
    for (ComparisonOperator operator : values()) {
      if (operator.name().equalsIgnoreCase(keyword)) {
        return Optional.of(operator);
      }
    }
    return Optional.empty();
  }
}
