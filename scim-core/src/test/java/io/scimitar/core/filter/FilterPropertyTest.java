package io.scimitar.core.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.path.AttributePath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the parser: rendering round-trips for every generated AST, and any input, random
 * or a mutated valid filter, ends in a filter or a 400 invalidFilter, never another exception.
 */
class FilterPropertyTest {
  private final FilterParser parser = FilterParser.withDefaults();

  @Property(tries = 2000)
  void renderThenParseGivesAnEqualFilter(@ForAll("filters") Filter filter) {
    assertThat(parser.parse(filter.render())).isEqualTo(filter);
  }

  @Property(tries = 500)
  void renderedPatchPathsParseBack(
      @ForAll("names") String attribute, @ForAll("conditions") Filter condition,
      @ForAll("optionalNames") String subAttribute) {
    String text = AttributePath.of(attribute).render() + "[" + condition.render() + "]"
        + (subAttribute.isEmpty() ? "" : "." + subAttribute);
    var path = parser.parsePatchPath(text);
    assertThat(path.valueFilter()).isEqualTo(condition);
    assertThat(path.render()).isEqualTo(text);
  }

  @Property(tries = 3000)
  void randomTextGivesAFilterOrInvalidFilter(@ForAll("noise") String text) {
    parsesOrRejectsCleanly(text);
  }

  @Property(tries = 1000)
  void anyUnicodeTextGivesAFilterOrInvalidFilter(@ForAll String text) {
    parsesOrRejectsCleanly(text);
  }

  @Property(tries = 3000)
  void tokenSoupGivesAFilterOrInvalidFilter(@ForAll("tokenSoup") String text) {
    parsesOrRejectsCleanly(text);
  }

  @Property(tries = 3000)
  void mutatedFiltersGiveAFilterOrInvalidFilter(
      @ForAll("filters") Filter filter, @ForAll("mutations") List<Mutation> mutations) {
    StringBuilder text = new StringBuilder(filter.render());
    for (Mutation mutation : mutations) {
      mutation.applyTo(text);
    }
    parsesOrRejectsCleanly(text.toString());
  }

  @Property(tries = 1000)
  void randomPatchPathsGiveAPathOrAScimError(@ForAll("tokenSoup") String text) {
    try {
      var path = parser.parsePatchPath(text);
      assertThat(parser.parsePatchPath(path.render())).isEqualTo(path);
    } catch (ScimException e) {
      assertThat(e.status()).isEqualTo(400);
      assertThat(e.scimType().orElseThrow()).isIn(ScimType.INVALID_PATH, ScimType.INVALID_FILTER);
    }
  }

  /** A parse either fails with invalidFilter or yields a filter whose rendering is stable. */
  private void parsesOrRejectsCleanly(String text) {
    Filter parsed;
    try {
      parsed = parser.parse(text);
    } catch (ScimException e) {
      assertThat(e.status()).isEqualTo(400);
      assertThat(e.scimType()).contains(ScimType.INVALID_FILTER);
      assertThat(e.detail()).isNotBlank();
      return;
    }
    assertThat(parser.parse(parsed.render())).isEqualTo(parsed);
  }

  @Example
  void hundredThousandOpeningParenthesesFailFast() {
    rejects(parser, "(".repeat(100_000), "filter is 100000 characters long; the limit is 4096");
    FilterParser largest = largestParser();
    rejects(largest, "(".repeat(FilterLimits.LENGTH_CEILING),
        "position 257: nesting exceeds the maximum depth of 256");
  }

  @Example
  void hundredThousandNotsFailFast() {
    rejects(parser, "not ".repeat(100_000), "the limit is 4096");
    rejects(largestParser(), "not ".repeat(4096),
        "position 5: expected '(' after 'not', found 'not'");
    rejects(largestParser(), "not (".repeat(3000), "nesting exceeds the maximum depth of 256");
  }

  @Example
  void deeplyNestedBracketsFailFast() {
    rejects(parser, "emails[".repeat(500) + "type pr" + "]".repeat(500),
        "position 14: value paths cannot be nested: 'emails[' inside another");
    rejects(parser, "[".repeat(4000), "position 1: expected an attribute path, '(' or 'not'");
    rejects(parser, "x[(".repeat(1000), "position 5: value paths cannot be nested");
    rejects(parser, "a[" + "(".repeat(3000),
        "position 34: nesting exceeds the maximum depth of 32");
    rejects(parser, "a[" + "(".repeat(40) + "b pr" + ")".repeat(40) + "]",
        "position 34: nesting exceeds the maximum depth of 32");
  }

  @Example
  void veryLongStringsAndWordsFailFastOrParse() {
    String value = "x\\\"".repeat(1300);
    Filter filter = parser.parse("userName eq \"" + value + "\"");
    assertThat(((Filter.Comparison) filter).value())
        .isEqualTo(new Literal.Text("x\"".repeat(1300)));
    rejects(parser, "userName eq \"" + "y".repeat(4080), "string is not terminated");
    rejects(parser, "a".repeat(4096), "position 4097: expected an operator");
    rejects(parser, "userName eq " + "9".repeat(4000), "number is longer than 100 characters");
    rejects(parser, "\\u0000".repeat(600), "is not a valid attribute path");
  }

  @Example
  void theLongestAllowedChainsAndNestingsStayUsable() {
    FilterParser largest = largestParser();
    int terms = FilterLimits.LENGTH_CEILING / "a pr and ".length();
    String chain = String.join(" and ", java.util.Collections.nCopies(terms, "a pr"));
    Filter parsed = largest.parse(chain);
    assertThat(parsed.render()).isEqualTo(chain);
    assertThat(largest.parse(parsed.render())).isEqualTo(parsed).hasSameHashCodeAs(parsed);
    String orChain = String.join(" or ", java.util.Collections.nCopies(terms, "x pr"));
    assertThat(largest.parse(orChain).render()).isEqualTo(orChain);
    FilterEvaluator evaluator = new FilterEvaluator(FilterFixtures.DEVICES);
    int countTerms = FilterLimits.LENGTH_CEILING / "count pr and ".length();
    Filter counts = evaluator.resolve(largest.parse(
        String.join(" and ", java.util.Collections.nCopies(countTerms, "count pr"))));
    assertThat(FilterFixtures.devices())
        .filteredOn(device -> evaluator.matches(counts, device)).hasSize(2);
    assertThat(((Filter.And) counts).operands()).hasSize(countTerms);
    String nested = "not (".repeat(FilterLimits.DEPTH_CEILING) + "a pr"
        + ")".repeat(FilterLimits.DEPTH_CEILING);
    assertThat(largest.parse(nested).render()).isEqualTo(nested);
  }

  private static FilterParser largestParser() {
    return new FilterParser(
        new FilterLimits(FilterLimits.LENGTH_CEILING, FilterLimits.DEPTH_CEILING));
  }

  private static void rejects(FilterParser parser, String text, String fragment) {
    assertThatThrownBy(() -> parser.parse(text))
        .isInstanceOfSatisfying(ScimException.class, e -> {
          assertThat(e.scimType()).contains(ScimType.INVALID_FILTER);
          assertThat(e.detail()).contains(fragment);
        });
  }

  // ---- generators ----

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> generated = Combinators.combine(
            Arbitraries.chars().range('a', 'z').with('A', 'Z', 'Q'),
            Arbitraries.strings().withCharRange('a', 'z').withChars("AZ09-_").ofMaxLength(8))
        .as((first, rest) -> first + rest);
    Arbitrary<String> tricky = Arbitraries.of(
        "and", "or", "not", "pr", "eq", "true", "null", "NOT", "$ref", "e1", "Or");
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, generated), net.jqwik.api.Tuple.of(1, tricky));
  }

  @Provide
  Arbitrary<String> optionalNames() {
    return Arbitraries.oneOf(Arbitraries.just(""), names());
  }

  private Arbitrary<AttributePath> paths() {
    Arbitrary<String> schemas = Arbitraries.of(
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
        "urn:ietf:params:scim:schemas:core:2.0:User", "urn:x:y.z");
    return Combinators.combine(
            schemas.injectNull(0.7), names(), names().injectNull(0.6))
        .as(AttributePath::new);
  }

  private Arbitrary<Literal> literals() {
    Arbitrary<Literal> text = Arbitraries.strings().all().ofMaxLength(12).map(Literal.Text::new);
    Arbitrary<Literal> quirkyText = Arbitraries.strings()
        .withChars("\"\\/\b\f\n\r\t\u0000\u001f\ud83d\ude00\ud800 ()[]andor")
        .ofMaxLength(10).map(Literal.Text::new);
    Arbitrary<Literal> numbers = Combinators.combine(
            Arbitraries.bigIntegers().between(
                BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)),
            Arbitraries.integers().between(-60, 60))
        .as((unscaled, scale) -> new Literal.Numeric(new BigDecimal(unscaled, scale)));
    Arbitrary<Literal> bools = Arbitraries.of(true, false).map(Literal.Bool::new);
    return Arbitraries.oneOf(
        text, quirkyText, numbers, bools, Arbitraries.just(new Literal.Null()));
  }

  private Arbitrary<Filter> attributeExpressions(Arbitrary<AttributePath> pathSource) {
    Arbitrary<Filter> comparisons = Combinators.combine(
            pathSource, Arbitraries.of(ComparisonOperator.class), literals())
        .as(Filter.Comparison::new);
    Arbitrary<Filter> presents = pathSource.map(Filter.Present::new);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, comparisons), net.jqwik.api.Tuple.of(1, presents));
  }

  private Arbitrary<Filter> logical(Arbitrary<Filter> leaf, int depth) {
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Filter> operand = Arbitraries.lazy(() -> logical(leaf, depth - 1));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, leaf),
        net.jqwik.api.Tuple.of(2, Combinators.combine(operand, operand).as(Filter.And::new)),
        net.jqwik.api.Tuple.of(2, Combinators.combine(operand, operand).as(Filter.Or::new)),
        net.jqwik.api.Tuple.of(1, operand.map(Filter.Not::new)));
  }

  /** Conditions inside brackets: relative paths, no nested value paths. */
  @Provide
  Arbitrary<Filter> conditions() {
    return logical(attributeExpressions(names().map(AttributePath::of)), 3);
  }

  @Provide
  Arbitrary<Filter> filters() {
    Arbitrary<Filter> valuePaths = Combinators.combine(
            Combinators.combine(Arbitraries.of("urn:ietf:params:scim:schemas:core:2.0:User")
                    .injectNull(0.8), names())
                .as((schema, name) -> new AttributePath(schema, name, null)),
            conditions())
        .as(Filter.ValuePath::new);
    Arbitrary<Filter> leaf = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, attributeExpressions(paths())),
        net.jqwik.api.Tuple.of(1, valuePaths));
    return logical(leaf, 4);
  }

  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.strings()
        .withChars("()[]\"\\ .:-+eE019aAnotdrpqu\t\n$_")
        .ofMaxLength(40);
  }

  @Provide
  Arbitrary<String> tokenSoup() {
    Arbitrary<String> token = Arbitraries.of(
        "(", ")", "[", "]", "\"x\"", "\"", "\\", "\"\\u00e9\"", "\"\\ud83d\"", "and", "or", "not",
        "NOT", "pr", "eq", "ne", "co", "gt", "le", "userName", "emails", "name.givenName",
        ".value", ".", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager",
        "urn:", ":", "42", "-1.5e3", "1e", "true", "false", "null", "truex", " ", "  ", "\t",
        "$ref", "0", "00", "-");
    return token.list().ofMaxSize(25).map(tokens -> String.join("", tokens));
  }

  /** One insertion or deletion at a relative position. */
  record Mutation(double where, boolean insert, char character) {
    void applyTo(StringBuilder text) {
      int at = (int) (where * text.length());
      if (insert) {
        text.insert(at, character);
      } else if (text.length() > 0) {
        text.deleteCharAt(Math.min(at, text.length() - 1));
      }
    }
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<Mutation> mutation = Combinators.combine(
            Arbitraries.doubles().between(0, 1).withSpecialValue(0.0),
            Arbitraries.of(true, false),
            Arbitraries.oneOf(
                Arbitraries.chars().with("()[]\"\\ .:-eaornt"),
                Arbitraries.chars().all()))
        .as(Mutation::new);
    return mutation.list().ofMinSize(1).ofMaxSize(4);
  }
}
