package io.scimitar.core.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The copy-free comparisons give the same answers as folding the value and comparing strings,
 * on texts mixing ASCII, Latin letters whose folds are ASCII (dotted and dotless i, long s,
 * Kelvin sign), a letter that grows when upper-cased (sharp s), and a supplementary letter with
 * a case pair (Deseret), also as lone surrogate halves.
 */
class CaseFoldingTest {
  private static final String ALPHABET =
      "aAbBkKzZ09@.-\u0130\u0131\u017f\u212a\u00df\u00c9\u00e9\ud801\udc00\udc28";

  @Example
  void foldingKeepsCharCountsAndIsIdempotentForEveryCodePoint() {
    for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
      String text = new String(Character.toChars(codePoint));
      String folded = CaseFolding.fold(text);
      assertThat(folded.length()).as("U+%04X", codePoint).isEqualTo(text.length());
      assertThat(CaseFolding.fold(folded)).as("U+%04X", codePoint).isEqualTo(folded);
    }
  }

  @Example
  void foldsCaseAndReturnsLowerCaseTextUnchanged() {
    String lower = "bjensen@example.com";
    assertThat(CaseFolding.fold(lower)).isSameAs(lower);
    assertThat(CaseFolding.fold("BJensen \u0130\u212a\ud801\udc00"))
        .isEqualTo("bjensen ik\ud801\udc28");
    assertThat(CaseFolding.equalsFolded("BJENSEN", "bjensen")).isTrue();
    assertThat(CaseFolding.containsFolded("x\ud801\udc00y", "\ud801\udc28")).isTrue();
    assertThat(CaseFolding.containsFolded("\ud801\udc00", "\udc28")).isTrue();
  }

  @Property(tries = 3000)
  void comparisonsAgreeWithComparingFoldedCopies(
      @ForAll("texts") String text, @ForAll("literals") String literal) {
    String folded = CaseFolding.fold(literal);
    String actual = CaseFolding.fold(text);
    assertThat(CaseFolding.equalsFolded(text, folded)).isEqualTo(actual.equals(folded));
    assertThat(CaseFolding.startsWithFolded(text, folded)).isEqualTo(actual.startsWith(folded));
    assertThat(CaseFolding.endsWithFolded(text, folded)).isEqualTo(actual.endsWith(folded));
    assertThat(CaseFolding.containsFolded(text, folded)).isEqualTo(actual.contains(folded));
    assertThat(Integer.signum(CaseFolding.compareFolded(text, folded)))
        .isEqualTo(Integer.signum(actual.compareTo(folded)));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars(ALPHABET).ofMaxLength(12);
  }

  /** Unrelated text, or a piece of the text with its case changed, so that matches occur. */
  @Provide
  Arbitrary<String> literals() {
    Arbitrary<String> pieces = Combinators.combine(
            texts(), Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 12),
            Arbitraries.of(true, false))
        .as((text, a, b, upper) -> {
          int from = Math.min(Math.min(a, b), text.length());
          int to = Math.min(Math.max(a, b), text.length());
          String piece = text.substring(from, to);
          return upper ? piece.toUpperCase(Locale.ROOT) : piece;
        });
    return Arbitraries.oneOf(texts(), pieces);
  }
}
