package io.scimitar.core.filter;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimitar.core.json.ScimDateTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast reading of dateTime values agrees with {@link ScimDateTime#tryParse} on every text:
 * texts in and around the common form, with fields in and out of range.
 */
class DateTimeValuesTest {

  @Property(tries = 5000)
  void agreesWithTheGeneralParser(
      @ForAll("dateTimes") String text, @ForAll("dateTimes") String other) {
    Instant expected = ScimDateTime.tryParse(text).orElse(null);
    assertThat(DateTimeValues.parse(text)).isEqualTo(expected);
    for (Instant reference : references(expected, other)) {
      assertThat(DateTimeValues.compare(text, reference)).isEqualTo(expected == null
          ? DateTimeValues.NOT_A_DATE_TIME
          : Integer.signum(expected.compareTo(reference)));
    }
  }

  /** Instants to compare with: the text's own, one nanosecond either side, another text's. */
  private static List<Instant> references(Instant own, String other) {
    List<Instant> references = new ArrayList<>();
    references.add(Instant.parse("2024-01-01T10:00:00Z"));
    ScimDateTime.tryParse(other).ifPresent(references::add);
    if (own != null) {
      references.addAll(List.of(own, own.minusNanos(1), own.plusNanos(1)));
    }
    return references;
  }

  @Example
  void readsTheCommonFormsAndRejectsInvalidDates() {
    assertThat(DateTimeValues.parse("2011-05-13T04:42:34Z"))
        .isEqualTo(Instant.parse("2011-05-13T04:42:34Z"));
    assertThat(DateTimeValues.parse("2024-01-01T12:00:00.5+02:00"))
        .isEqualTo(Instant.parse("2024-01-01T10:00:00.500Z"));
    assertThat(DateTimeValues.parse("2024-01-01T10:00:00"))
        .isEqualTo(Instant.parse("2024-01-01T10:00:00Z"));
    assertThat(DateTimeValues.parse("2024-02-29T00:00:00Z")).isNotNull();
    assertThat(DateTimeValues.parse("2023-02-29T00:00:00Z")).isNull();
    assertThat(DateTimeValues.parse("2024-01-01T24:00:00Z")).isNull();
    assertThat(DateTimeValues.parse("yesterday")).isNull();
    // Outside the fast form, decided by the general parser.
    assertThat(DateTimeValues.parse("2024-01-01t10:00:00z"))
        .isEqualTo(Instant.parse("2024-01-01T10:00:00Z"));
    assertThat(DateTimeValues.parse("2024-01-01T10:00:00-18:00"))
        .isEqualTo(Instant.parse("2024-01-02T04:00:00Z"));
  }

  @Provide
  Arbitrary<String> dateTimes() {
    Arbitrary<String> date = Combinators.combine(
            number(4, List.of("0000", "1970", "2000", "2023", "2024", "2100", "9999")),
            number(2, List.of("00", "01", "02", "12", "13")),
            number(2, List.of("00", "01", "28", "29", "30", "31", "32")),
            Arbitraries.of("-", "-", "-", "/"))
        .as((year, month, day, separator) -> year + separator + month + "-" + day);
    Arbitrary<String> time = Combinators.combine(
            number(2, List.of("00", "09", "23", "24")),
            number(2, List.of("00", "59", "60")),
            number(2, List.of("00", "59", "60")),
            Arbitraries.of(":", ":", ":", "."))
        .as((hour, minute, second, separator) -> hour + ":" + minute + separator + second);
    Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.just(""),
        Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(11).map(digits -> "." + digits));
    Arbitrary<String> zone = Arbitraries.oneOf(
        Arbitraries.of("", "Z", "z", "+00:00", "-00:00", "+18:00", "-18:00", "+18:01", "+5:30",
            "+05:30:00", "+0530", "Zulu", " "),
        Combinators.combine(Arbitraries.of("+", "-"), number(2, List.of("00", "14", "17", "19")),
                number(2, List.of("00", "30", "59", "60")))
            .as((sign, hours, minutes) -> sign + hours + ":" + minutes));
    return Combinators.combine(date, Arbitraries.of("T", "T", "T", "t", " "), time, fraction, zone)
        .as((d, t, hms, f, z) -> d + t + hms + f + z);
  }

  /** Digits of a fixed width, often one of the edge values. */
  private static Arbitrary<String> number(int width, List<String> edges) {
    return Arbitraries.oneOf(Arbitraries.of(edges),
        Arbitraries.strings().numeric().ofLength(width),
        Arbitraries.strings().withChars("0123456789x").ofLength(width));
  }
}
