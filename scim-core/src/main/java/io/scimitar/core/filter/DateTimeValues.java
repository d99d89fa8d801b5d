package io.scimitar.core.filter;

import io.scimitar.core.json.ScimDateTime;
import java.time.Instant;
import java.time.Month;
import java.time.Year;

/**
 * Reads dateTime attribute values as instants, exactly as {@link ScimDateTime#tryParse} does,
 * but fast for the form servers write ({@code 2011-05-13T04:42:34Z}, optionally with a fraction
 * of a second and a {@code +hh:mm} offset, or without a zone): a filter on {@code
 * meta.lastModified} reads one value per resource, and the general formatter costs far more
 * than the comparison. Any text outside that form (lower-case {@code t} or {@code z}, wide
 * years, offsets of 18 hours, invalid fields...) goes to {@code tryParse}, which decides.
 */
final class DateTimeValues {
  private static final int SECONDS_PER_DAY = 86_400;
  private static final int DAYS_FROM_YEAR_0_TO_1970 = 719_528;
  private static final int MAX_FRACTION_DIGITS = 9;
  private static final int FRACTION_START = 19;
  private static final long NOT_COMMON_FORM = Long.MIN_VALUE;

  /** What {@link #compare} returns for text that is not an xsd:dateTime. */
  static final int NOT_A_DATE_TIME = Integer.MIN_VALUE;

  private DateTimeValues() {}

  /** The instant {@code text} denotes, or null when it is not an xsd:dateTime. */
  static Instant parse(String text) {
    long epochSecond = commonFormEpochSecond(text);
    return epochSecond != NOT_COMMON_FORM
        ? Instant.ofEpochSecond(epochSecond, commonFormNanos(text))
        : ScimDateTime.tryParse(text).orElse(null);
  }

  /**
   * The sign of {@code parse(text).compareTo(expected)}, or {@link #NOT_A_DATE_TIME} when
   * {@code text} is not an xsd:dateTime; allocates nothing for text in the common form.
   */
  static int compare(String text, Instant expected) {
    long epochSecond = commonFormEpochSecond(text);
    if (epochSecond == NOT_COMMON_FORM) {
      Instant actual = ScimDateTime.tryParse(text).orElse(null);
      return actual == null ? NOT_A_DATE_TIME : Integer.signum(actual.compareTo(expected));
    }
    int bySecond = Long.compare(epochSecond, expected.getEpochSecond());
    return bySecond != 0 ? bySecond : Integer.compare(commonFormNanos(text), expected.getNano());
  }

  /**
   * The epoch second of {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}][Z|+hh:mm|-hh:mm]} with valid
   * fields, else {@link #NOT_COMMON_FORM}.
   */
  private static long commonFormEpochSecond(String text) {
    if (text.length() < 19 || text.charAt(4) != '-' || text.charAt(7) != '-'
        || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
      return NOT_COMMON_FORM;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1
        || day > Month.of(month).length(Year.isLeap(year))
        || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return NOT_COMMON_FORM;
    }
    int fractionLength = fractionLength(text);
    if (fractionLength < 0) {
      return NOT_COMMON_FORM;
    }
    int offsetSeconds = offsetSeconds(text, FRACTION_START + fractionLength);
    if (offsetSeconds == Integer.MIN_VALUE) {
      return NOT_COMMON_FORM;
    }
    return epochDay(year, month, day) * SECONDS_PER_DAY
        + hour * 3600L + minute * 60L + second - offsetSeconds;
  }

  /** Days from 1970-01-01 to a valid date of a year from 0 to 9999 (proleptic Gregorian). */
  private static long epochDay(int year, int month, int day) {
    boolean leap = Year.isLeap(year);
    int leapYearsBefore = year == 0 ? 0 : (year - 1) / 4 - (year - 1) / 100 + (year - 1) / 400 + 1;
    int dayOfYear = Month.of(month).firstDayOfYear(leap) + day - 1;
    return 365L * year + leapYearsBefore + dayOfYear - 1 - DAYS_FROM_YEAR_0_TO_1970;
  }

  /**
   * How many chars the fraction of a second ({@code .} and 1 to 9 digits) takes at
   * {@link #FRACTION_START}: 0 without one, -1 for a malformed one.
   */
  private static int fractionLength(String text) {
    if (FRACTION_START >= text.length() || text.charAt(FRACTION_START) != '.') {
      return 0;
    }
    int end = FRACTION_START + 1;
    while (end < text.length() && isDigit(text.charAt(end))) {
      end++;
    }
    int count = end - FRACTION_START - 1;
    return count == 0 || count > MAX_FRACTION_DIGITS ? -1 : count + 1;
  }

  /** The nanoseconds of a text in the common form. */
  private static int commonFormNanos(String text) {
    int digitCount = Math.max(fractionLength(text) - 1, 0);
    int nanos = digitCount == 0 ? 0 : digits(text, FRACTION_START + 1, digitCount);
    for (int i = digitCount; i < MAX_FRACTION_DIGITS; i++) {
      nanos *= 10;
    }
    return nanos;
  }

  /**
   * The offset in seconds of the zone that ends {@code text} at {@code index} (none, {@code Z}
   * or {@code ±hh:mm} up to 17:59), or {@link Integer#MIN_VALUE} for anything else.
   */
  private static int offsetSeconds(String text, int index) {
    int remaining = text.length() - index;
    if (remaining == 0) {
      return 0;
    }
    if (remaining == 1) {
      return text.charAt(index) == 'Z' ? 0 : Integer.MIN_VALUE;
    }
    char sign = text.charAt(index);
    if (remaining != 6 || (sign != '+' && sign != '-') || text.charAt(index + 3) != ':') {
      return Integer.MIN_VALUE;
    }
    int hours = digits(text, index + 1, 2);
    int minutes = digits(text, index + 4, 2);
    if (hours < 0 || hours > 17 || minutes < 0 || minutes > 59) {
      return Integer.MIN_VALUE;
    }
    int seconds = hours * 3600 + minutes * 60;
    return sign == '-' ? -seconds : seconds;
  }

  /** The value of {@code count} ASCII digits at {@code from}, or -1 if one is not a digit. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
