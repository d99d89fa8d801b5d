package io.scimitar.core.filter;

/**
 * The case-insensitive matching used for attributes with {@code caseExact: false}, by filters
 * ({@code eq}, {@code co}, {@code sw}, {@code ew} and ordering) and by sorting alike: each code
 * point is mapped to the lower case of its upper case, independent of locale, which keeps
 * lengths stable and agrees with {@link String#equalsIgnoreCase} for every BMP character.
 *
 * <p>Filters fold their literal once and compare each attribute value with the {@code *Folded}
 * methods, which read the value's folded form one char at a time instead of copying it. They
 * rely on two facts of the folding, checked for every code point by the tests: it maps each code
 * point to one of the same char count (so char offsets in a text and in its fold agree), and
 * folding a folded text changes nothing.
 */
public final class CaseFolding {
  private CaseFolding() {}

  /** The folded form of {@code text}; two texts match case-insensitively iff their folds equal. */
  public static String fold(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      int folded = fold(codePoint);
      if (folded != codePoint && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.appendCodePoint(folded);
      }
      i += Character.charCount(codePoint);
    }
    return out == null ? text : out.toString();
  }

  /** {@code fold(text).equals(folded)} for an already folded {@code folded}, without a copy. */
  static boolean equalsFolded(String text, String folded) {
    return text.length() == folded.length() && regionMatchesFolded(text, 0, folded);
  }

  /** {@code fold(text).startsWith(folded)}, without a copy. */
  static boolean startsWithFolded(String text, String folded) {
    return text.length() >= folded.length() && regionMatchesFolded(text, 0, folded);
  }

  /** {@code fold(text).endsWith(folded)}, without a copy. */
  static boolean endsWithFolded(String text, String folded) {
    int from = text.length() - folded.length();
    return from >= 0 && regionMatchesFolded(text, from, folded);
  }

  /** {@code fold(text).contains(folded)}, without a copy. */
  static boolean containsFolded(String text, String folded) {
    int last = text.length() - folded.length();
    for (int from = 0; from <= last; from++) {
      if (regionMatchesFolded(text, from, folded)) {
        return true;
      }
    }
    return false;
  }

  /** {@code fold(text).compareTo(folded)} in sign, without a copy. */
  static int compareFolded(String text, String folded) {
    int common = Math.min(text.length(), folded.length());
    for (int i = 0; i < common; i++) {
      int difference = foldedCharAt(text, i) - folded.charAt(i);
      if (difference != 0) {
        return difference;
      }
    }
    return text.length() - folded.length();
  }

  private static boolean regionMatchesFolded(String text, int from, String folded) {
    for (int i = 0; i < folded.length(); i++) {
      if (foldedCharAt(text, from + i) != folded.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** {@code fold(text).charAt(index)}. */
  private static char foldedCharAt(String text, int index) {
    char c = text.charAt(index);
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    if (!Character.isSurrogate(c)) {
      return (char) fold((int) c);
    }
    // A surrogate pair folds as one code point; index may point at either half of it.
    boolean lowHalf = Character.isLowSurrogate(c) && index > 0
        && Character.isHighSurrogate(text.charAt(index - 1));
    int codePoint = text.codePointAt(lowHalf ? index - 1 : index);
    if (!Character.isSupplementaryCodePoint(codePoint)) {
      return c; // a lone surrogate folds to itself
    }
    int folded = fold(codePoint);
    return lowHalf ? Character.lowSurrogate(folded) : Character.highSurrogate(folded);
  }

  private static int fold(int codePoint) {
    return Character.toLowerCase(Character.toUpperCase(codePoint));
  }
}
