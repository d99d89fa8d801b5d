package io.scimitar.core.filter;

/**
 * The case-insensitive matching used for attributes with {@code caseExact: false}, by filters
 * ({@code eq}, {@code co}, {@code sw}, {@code ew} and ordering) and by sorting alike: each code
 * point is mapped to the lower case of its upper case, independent of locale, which keeps
 * lengths stable and agrees with {@link String#equalsIgnoreCase} for every BMP character.
 */
public final class CaseFolding {
  private CaseFolding() {}

  /** The folded form of {@code text}; two texts match case-insensitively iff their folds equal. */
  public static String fold(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      int folded = Character.toLowerCase(Character.toUpperCase(codePoint));
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
}
