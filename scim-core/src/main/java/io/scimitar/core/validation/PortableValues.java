package io.scimitar.core.validation;

import io.scimitar.core.error.ScimException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The values every store holds exactly, decided once in the protocol so that a resource one store
 * accepts is accepted by all, and a value one store cannot hold is refused the same way on every
 * store: 400 {@code invalidValue} naming the attribute.
 *
 * <ul>
 *   <li><b>Text</b> holds no U+0000 (PostgreSQL's {@code text} and {@code jsonb} refuse it) and no
 *       unpaired UTF-16 surrogate (every database here stores UTF-8, which cannot encode one; a
 *       driver would replace it silently). JSON can carry both as {@code \u0000} and
 *       {@code \ud800} escapes.
 *   <li><b>Decimals</b> have at most {@value #MAX_INTEGER_DIGITS} digits before the decimal point
 *       and {@value #MAX_FRACTION_DIGITS} after it, as written (MariaDB's {@code DECIMAL(65,30)},
 *       the narrowest exact number column of the supported databases). Integers are already held
 *       to 64 bits by the type check.
 *   <li><b>Lengths</b> are bounded by the request body limit ({@code JsonLimits}), not per value:
 *       every store keeps text of any length that fits a body.
 *   <li><b>Date-times</b> need no rule beyond their type: every instant an xsd:dateTime can name
 *       (to the year 999,999,999) is stored exactly by every store, as its text and its epoch
 *       seconds.
 * </ul>
 */
public final class PortableValues {
  /** The most digits a decimal value may have before its decimal point. */
  public static final int MAX_INTEGER_DIGITS = 35;

  /** The most digits a decimal value may have after its decimal point. */
  public static final int MAX_FRACTION_DIGITS = 30;

  private PortableValues() {}

  /**
   * What makes a text unstorable by some store, or null when every store holds it.
   *
   * @return a description such as {@code a NUL character (U+0000)}, or null
   */
  public static String textProblem(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\0') {
        return "a NUL character (U+0000)";
      }
      if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1));
        if (!paired) {
          return "an unpaired surrogate (U+"
              + Integer.toHexString(c).toUpperCase(Locale.ROOT) + ")";
        }
        i++;
      }
    }
    return null;
  }

  /** Whether every store holds this decimal exactly. */
  public static boolean isPortable(BigDecimal number) {
    int fractionDigits = Math.max(number.scale(), 0);
    int integerDigits = number.precision() - number.scale();
    return integerDigits <= MAX_INTEGER_DIGITS && fractionDigits <= MAX_FRACTION_DIGITS;
  }

  /**
   * Refuses text some store cannot hold.
   *
   * @throws ScimException 400 {@code invalidValue} naming the attribute
   */
  static void checkText(String text, Supplier<String> label) {
    String problem = textProblem(text);
    if (problem != null) {
      throw ScimException.invalidValue("attribute '" + label.get() + "' contains " + problem
          + ", which is not stored");
    }
  }

  /**
   * Refuses a decimal some store cannot hold exactly.
   *
   * @throws ScimException 400 {@code invalidValue} naming the attribute
   */
  static void checkDecimal(BigDecimal number, Supplier<String> label) {
    if (!isPortable(number)) {
      String text = number.toString();
      throw ScimException.invalidValue("attribute '" + label.get() + "' holds the number "
          + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "; at most "
          + MAX_INTEGER_DIGITS + " digits before the decimal point and " + MAX_FRACTION_DIGITS
          + " after it are stored");
    }
  }
}
