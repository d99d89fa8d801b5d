package io.scimitar.core.json;

import io.scimitar.core.error.ScimException;
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
