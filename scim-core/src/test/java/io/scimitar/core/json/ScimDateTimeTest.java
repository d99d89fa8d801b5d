package io.scimitar.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link ScimDateTime#tryParse} answers as the JDK's ISO parsers do (offset form, else local form
 * as UTC) on texts in and around the form the library writes, including out-of-range fields that
 * the fast path leaves to them.
 */
class ScimDateTimeTest {

  @Property(tries = 5000)
  void agreesWithTheIsoParsers(@ForAll("dateTimes") String text) {
    assertThat(ScimDateTime.tryParse(text)).isEqualTo(iso(text));
  }

  @Property(tries = 1000)
  void readsBackWhatItWrites(@ForAll("instants") Instant instant) {
    assertThat(ScimDateTime.tryParse(ScimDateTime.format(instant))).contains(instant);
  }

  @Example
  void readsTheWrittenFormAndRejectsInvalidDates() {
    assertThat(ScimDateTime.tryParse("2011-05-13T04:42:34Z"))
        .contains(Instant.parse("2011-05-13T04:42:34Z"));
    assertThat(ScimDateTime.tryParse("2011-05-13T04:42:34.12Z"))
        .contains(Instant.parse("2011-05-13T04:42:34.120Z"));
    assertThat(ScimDateTime.tryParse("2024-02-29T00:00:00Z")).isPresent();
    assertThat(ScimDateTime.tryParse("2023-02-29T00:00:00Z")).isEmpty();
    assertThat(ScimDateTime.tryParse("2024-01-01T24:00:00Z")).isEmpty();
    // The JDK's ISO parsers take a decimal point without digits; so does tryParse.
    assertThat(ScimDateTime.tryParse("2024-01-01T10:00:00.Z"))
        .contains(Instant.parse("2024-01-01T10:00:00Z"));
    assertThat(ScimDateTime.tryParse("2024-01-01T10:00:00.1234567890Z")).isEmpty();
    assertThat(ScimDateTime.tryParse("2024-01-01T12:00:00+02:00"))
        .contains(Instant.parse("2024-01-01T10:00:00Z"));
    assertThat(ScimDateTime.tryParse("2024-01-01T10:00:00"))
        .contains(Instant.parse("2024-01-01T10:00:00Z"));
    assertThat(ScimDateTime.tryParse("yesterday")).isEmpty();
  }

  private static Optional<Instant> iso(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
          .toInstant());
    } catch (DateTimeException withOffset) {
      try {
        return Optional.of(LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .toInstant(ZoneOffset.UTC));
      } catch (DateTimeException withoutOffset) {
        return Optional.empty();
      }
    }
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Combinators.combine(
            Arbitraries.longs().between(-62_135_596_800L, 253_402_300_799L),
            Arbitraries.integers().between(0, 999_999_999))
        .as(Instant::ofEpochSecond);
  }

  /** Texts of the written form with fields in and out of range, varied fractions and zones. */
  @Provide
  Arbitrary<String> dateTimes() {
    Arbitrary<String> fraction = Arbitraries.oneOf(
        Arbitraries.just(""), Arbitraries.just("."),
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(11).map(d -> "." + d));
    Arbitrary<String> zone = Arbitraries.of("Z", "z", "", "+02:00", "-00:30", "+18:00", "Zx");
    Arbitrary<String> date = Combinators.combine(
            Arbitraries.integers().between(0, 9999),
            Arbitraries.integers().between(0, 13),
            Arbitraries.integers().between(0, 32))
        .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
    Arbitrary<String> time = Combinators.combine(
            Arbitraries.integers().between(0, 25),
            Arbitraries.integers().between(0, 60),
            Arbitraries.integers().between(0, 61))
        .as((h, m, s) -> String.format("%02d:%02d:%02d", h, m, s));
    return Combinators.combine(date, Arbitraries.of("T", "t", " "), time, fraction, zone)
        .as((d, t, clock, f, z) -> d + t + clock + f + z);
  }
}
