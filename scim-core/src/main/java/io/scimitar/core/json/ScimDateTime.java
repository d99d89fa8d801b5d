package io.scimitar.core.json;

import io.scimitar.core.error.ScimException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The SCIM {@code dateTime} type: an xsd:dateTime (RFC 7643 §2.3.5). Values with an offset or
 * {@code Z} are read as that instant; values without a zone are taken as UTC, the only reading
 * that makes them comparable. Written as UTC with {@code Z}.
 */
public final class ScimDateTime {
  private ScimDateTime() {}

  /** Parses an xsd:dateTime, if the text is one. */
  public static Optional<Instant> tryParse(String text) {
    Instant canonical = parseCanonical(text);
    if (canonical != null) {
      return Optional.of(canonical);
    }
    try {
      return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
          .toInstant());
    } catch (DateTimeParseException withOffset) {
      try {
        return Optional.of(LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException withoutOffset) {
        return Optional.empty();
      }
    }
  }

  /**
   * The instant of a value in the form this class writes ({@code 2011-05-13T04:42:34.123Z}: UTC,
   * zero to nine fraction digits), or null for any other text, which the general parsers then
   * read. Every stored resource's {@code meta} holds two such values, read on each response; the
   * general parsers cost several times more.
   */
  private static Instant parseCanonical(String text) {
    int length = text.length();
    if (length < 20 || length > 30 || length == 21 || text.charAt(length - 1) != 'Z'
        || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
        || text.charAt(13) != ':' || text.charAt(16) != ':'
        || (length > 20 && text.charAt(19) != '.')) {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    int nanos = 0;
    if (length > 20) {
      int fraction = digits(text, 20, length - 1);
      if (fraction < 0) {
        return null;
      }
      nanos = fraction;
      for (int i = length - 1 - 20; i < 9; i++) {
        nanos *= 10;
      }
    }
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
      return null;
    }
    try {
      return LocalDateTime.of(year, month, day, hour, minute, second, nanos)
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeException outOfRange) {
      // February 30th, hour 24, second 60 and the like: the general parsers decide.
      return null;
    }
  }

  /** The decimal number in {@code text[from, to)}, or -1 when a character is not an ASCII digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Parses an xsd:dateTime or fails with 400 {@code invalidValue} naming the attribute. */
  public static Instant parse(String text, String attribute) {
    return tryParse(text)
        .orElseThrow(() -> ScimException.invalidValue(
            "attribute '" + attribute + "' must be an xsd:dateTime such as "
                + "2011-05-13T04:42:34Z, got '" + abbreviate(text) + "'"));
  }

  /** Formats an instant as xsd:dateTime in UTC. */
  public static String format(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  private static String abbreviate(String text) {
    return text.length() > 64 ? text.substring(0, 64) + "…" : text;
  }
}
