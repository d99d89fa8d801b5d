package io.scimitar.core.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.filter.Filter.And;
import io.scimitar.core.filter.Filter.Comparison;
import io.scimitar.core.filter.Filter.Not;
import io.scimitar.core.filter.Filter.Or;
import io.scimitar.core.filter.Filter.Present;
import io.scimitar.core.filter.Filter.ValuePath;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.path.PatchPath;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FilterParserTest {
  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  private final FilterParser parser = FilterParser.withDefaults();

  private static Comparison eq(String path, String value) {
    return new Comparison(
        AttributePath.parse(path), ComparisonOperator.EQ, new Literal.Text(value));
  }

  private static Present pr(String path) {
    return new Present(AttributePath.parse(path));
  }

  @Nested
  class Comparisons {
    @ParameterizedTest
    @CsvSource({"eq,EQ", "ne,NE", "co,CO", "sw,SW", "ew,EW", "gt,GT", "lt,LT", "ge,GE", "le,LE",
        "EQ,EQ", "Ne,NE", "cO,CO"})
    void parsesEveryOperatorInAnyCase(String keyword, ComparisonOperator operator) {
      assertThat(parser.parse("userName " + keyword + " \"bjensen\""))
          .isEqualTo(new Comparison(AttributePath.of("userName"), operator,
              new Literal.Text("bjensen")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"title pr", "title PR", "title Pr", "  title   pr  ", "\ttitle\npr\r"})
    void parsesPresenceWithAnyCaseAndWhitespace(String text) {
      assertThat(parser.parse(text)).isEqualTo(pr("title"));
    }

    @Test
    void keepsAttributeNamesAsWritten() {
      assertThat(parser.parse("NAME.FamilyName eq \"x\"")).isEqualTo(eq("NAME.FamilyName", "x"));
    }

    @Test
    void parsesSubAttributesAndRefs() {
      assertThat(parser.parse("members.$ref eq \"x\"")).isEqualTo(eq("members.$ref", "x"));
    }

    @Test
    void acceptsExtensionUrnPrefixesWithDotsAndColons() {
      Filter filter = parser.parse(ENTERPRISE + ":manager.value eq \"26118915-6090-4610-87e4\"");
      Comparison comparison = (Comparison) filter;
      assertThat(comparison.path().schema()).isEqualTo(ENTERPRISE);
      assertThat(comparison.path().name()).isEqualTo("manager");
      assertThat(comparison.path().subAttribute()).isEqualTo("value");
    }

    @Test
    void acceptsCoreUrnPrefixes() {
      Comparison comparison = (Comparison)
          parser.parse("urn:ietf:params:scim:schemas:core:2.0:User:userName sw \"J\"");
      assertThat(comparison.path())
          .isEqualTo(new AttributePath("urn:ietf:params:scim:schemas:core:2.0:User", "userName",
              null));
    }

    @Test
    void toleratesMissingSpaceBeforeAndAfterStrings() {
      assertThat(parser.parse("userName eq\"a\"and(title pr)"))
          .isEqualTo(new And(eq("userName", "a"), pr("title")));
    }
  }

  @Nested
  class Literals {
    private Literal literal(String text) {
      return ((Comparison) parser.parse("x eq " + text)).value();
    }

    @Test
    void decodesEveryJsonEscape() {
      assertThat(literal("\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t\""))
          .isEqualTo(new Literal.Text("q\" b\\ s/ \b\f\n\r\t"));
    }

    @Test
    void decodesUnicodeEscapesAndSurrogatePairs() {
      assertThat(literal("\"\\u00e9\\u00C9\\u4e2d\"")).isEqualTo(new Literal.Text("éÉ中"));
      assertThat(literal("\"\\ud83d\\ude00\"")).isEqualTo(new Literal.Text("😀"));
      assertThat(literal("\"😀 raw\"")).isEqualTo(new Literal.Text("😀 raw"));
    }

    @Test
    void keepsBracketsParenthesesAndKeywordsInsideStrings() {
      assertThat(literal("\"a ) and ( b ] or [ not pr\""))
          .isEqualTo(new Literal.Text("a ) and ( b ] or [ not pr"));
    }

    @Test
    void parsesEmptyString() {
      assertThat(literal("\"\"")).isEqualTo(new Literal.Text(""));
    }

    @ParameterizedTest
    @CsvSource({"0,0", "42,42", "-7,-7", "3.14,3.14", "-0.5,-0.5", "1e3,1000", "1E+3,1000",
        "2.5e-2,0.025", "-1.5E2,-150", "10.0,10"})
    void parsesJsonNumbers(String text, String expected) {
      assertThat(literal(text)).isEqualTo(new Literal.Numeric(new BigDecimal(expected)));
    }

    @Test
    void parsesBooleansAndNullInAnyCase() {
      assertThat(literal("true")).isEqualTo(new Literal.Bool(true));
      assertThat(literal("FALSE")).isEqualTo(new Literal.Bool(false));
      assertThat(literal("True")).isEqualTo(new Literal.Bool(true));
      assertThat(literal("null")).isEqualTo(new Literal.Null());
      assertThat(literal("NULL")).isEqualTo(new Literal.Null());
    }
  }

  @Nested
  class Precedence {
    private final Filter a = pr("a");
    private final Filter b = pr("b");
    private final Filter c = pr("c");
    private final Filter d = pr("d");

    @Test
    void andBindsTighterThanOr() {
      assertThat(parser.parse("a pr or b pr and c pr")).isEqualTo(new Or(a, new And(b, c)));
      assertThat(parser.parse("a pr and b pr or c pr")).isEqualTo(new Or(new And(a, b), c));
      assertThat(parser.parse("a pr and b pr or c pr and d pr"))
          .isEqualTo(new Or(new And(a, b), new And(c, d)));
    }

    @Test
    void chainsAreLeftDeep() {
      assertThat(parser.parse("a pr and b pr and c pr")).isEqualTo(new And(new And(a, b), c));
      assertThat(parser.parse("a pr or b pr or c pr")).isEqualTo(new Or(new Or(a, b), c));
    }

    @Test
    void parenthesesGroup() {
      assertThat(parser.parse("(a pr or b pr) and c pr")).isEqualTo(new And(new Or(a, b), c));
      assertThat(parser.parse("a pr and (b pr and c pr)")).isEqualTo(new And(a, new And(b, c)));
      assertThat(parser.parse("((((a pr))))")).isEqualTo(a);
    }

    @Test
    void notBindsTighterThanAnd() {
      assertThat(parser.parse("not (a pr) and b pr")).isEqualTo(new And(new Not(a), b));
      assertThat(parser.parse("a pr or not (b pr or c pr)"))
          .isEqualTo(new Or(a, new Not(new Or(b, c))));
      assertThat(parser.parse("NOT(not (a pr))")).isEqualTo(new Not(new Not(a)));
    }

    @Test
    void keywordsAreCaseInsensitive() {
      assertThat(parser.parse("a PR AND b pr Or c pr")).isEqualTo(new Or(new And(a, b), c));
    }

    @Test
    void keywordsCanBeAttributeNamesWhereUnambiguous() {
      assertThat(parser.parse("not eq \"x\" and and pr or or[x pr]"))
          .isEqualTo(new Or(new And(eq("not", "x"), pr("and")),
              new ValuePath(AttributePath.of("or"), pr("x"))));
    }
  }

  @Nested
  class ValuePaths {
    @Test
    void parsesAValuePathWithALogicalCondition() {
      assertThat(parser.parse("emails[type eq \"work\" and value co \"@example.com\"]"))
          .isEqualTo(new ValuePath(AttributePath.of("emails"),
              new And(eq("type", "work"),
                  new Comparison(AttributePath.of("value"), ComparisonOperator.CO,
                      new Literal.Text("@example.com")))));
    }

    @Test
    void parsesGroupsAndNegationsInsideBrackets() {
      assertThat(parser.parse("emails[not (type eq \"work\") and (primary pr or value pr)]"))
          .isEqualTo(new ValuePath(AttributePath.of("emails"),
              new And(new Not(eq("type", "work")), new Or(pr("primary"), pr("value")))));
    }

    @Test
    void parsesTheEntraFormAsValuePathWithAnd() {
      assertThat(parser.parse("emails[type eq \"work\"].value eq \"x@example.com\""))
          .isEqualTo(new ValuePath(AttributePath.of("emails"),
              new And(eq("type", "work"), eq("value", "x@example.com"))));
      assertThat(parser.parse("addresses[type eq \"work\"].locality pr"))
          .isEqualTo(new ValuePath(AttributePath.of("addresses"),
              new And(eq("type", "work"), pr("locality"))));
    }

    @Test
    void combinesValuePathsWithLogicalOperators() {
      Filter filter = parser.parse("emails[type eq \"work\"] or ims[type eq \"xmpp\"] and a pr");
      assertThat(filter).isEqualTo(new Or(
          new ValuePath(AttributePath.of("emails"), eq("type", "work")),
          new And(new ValuePath(AttributePath.of("ims"), eq("type", "xmpp")), pr("a"))));
    }

    @Test
    void parsesUrnQualifiedValuePaths() {
      Filter filter =
          parser.parse("urn:ietf:params:scim:schemas:core:2.0:User:emails[type eq \"work\"]");
      assertThat(((ValuePath) filter).attribute().schema())
          .isEqualTo("urn:ietf:params:scim:schemas:core:2.0:User");
    }
  }

  @Nested
  class PatchPaths {
    @Test
    void parsesPlainAndSubAttributePaths() {
      assertThat(parser.parsePatchPath("active"))
          .isEqualTo(PatchPath.of(AttributePath.of("active")));
      assertThat(parser.parsePatchPath("name.givenName"))
          .isEqualTo(PatchPath.of(AttributePath.of("name", "givenName")));
      assertThat(parser.parsePatchPath(ENTERPRISE + ":manager").attribute())
          .isEqualTo(new AttributePath(ENTERPRISE, "manager", null));
    }

    @Test
    void parsesValueFilterPaths() {
      assertThat(parser.parsePatchPath("members[value eq \"2819c223-7f76-453a-919d\"]"))
          .isEqualTo(new PatchPath(AttributePath.of("members"),
              eq("value", "2819c223-7f76-453a-919d"), null));
      assertThat(parser.parsePatchPath("emails[type eq \"work\"].value"))
          .isEqualTo(new PatchPath(AttributePath.of("emails"), eq("type", "work"), "value"));
      assertThat(parser.parsePatchPath("addresses[type eq \"work\" and primary eq true].locality")
              .subAttribute()).isEqualTo("locality");
    }

    @Test
    void rendersBackToAnEqualPath() {
      for (String text : new String[] {"name.givenName", "members[value eq \"x\"]",
          "emails[type eq \"work\" or type eq \"home\"].value", ENTERPRISE + ":manager.value"}) {
        PatchPath path = parser.parsePatchPath(text);
        assertThat(parser.parsePatchPath(path.render())).isEqualTo(path);
      }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|path is empty",
        "'   '|path is empty",
        "1abc|is not a valid attribute path",
        "name.givenName[type eq \"x\"]|not to the sub-attribute 'name.givenName'",
        "emails[type eq \"work\"]value|expected the end of the path or '.subAttribute' after ']'",
        "emails[type eq \"work\"].value.x|position 24",
        "emails[type eq \"work\"].1x|'1x' after ']' is not a valid sub-attribute name",
        "emails eq \"x\"|expected '[' or the end of the path after 'emails', found 'eq'",
        "\"emails\"|expected an attribute path, found string",
        "emails[type eq \"work\"] x|found 'x'"})
    void rejectsMalformedPathsWithInvalidPath(String text, String fragment) {
      assertThatThrownBy(() -> parser.parsePatchPath(text))
          .isInstanceOfSatisfying(ScimException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.scimType()).contains(ScimType.INVALID_PATH);
            assertThat(e.detail()).contains(fragment);
          });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "members[value eq]|expected a value after 'eq'",
        "members[value eq \"x\"|'[' is never closed by ']'",
        "members[]|expected an attribute path, '(' or 'not' after '['",
        "members[x[y pr]]|value paths cannot be nested"})
    void rejectsMalformedFiltersInsideBracketsWithInvalidFilter(String text, String fragment) {
      assertThatThrownBy(() -> parser.parsePatchPath(text))
          .isInstanceOfSatisfying(ScimException.class, e -> {
            assertThat(e.scimType()).contains(ScimType.INVALID_FILTER);
            assertThat(e.detail()).contains(fragment);
          });
    }

    @Test
    void rejectsNullAndOverlongPaths() {
      assertThatThrownBy(() -> parser.parsePatchPath(null))
          .isInstanceOfSatisfying(ScimException.class,
              e -> assertThat(e.scimType()).contains(ScimType.INVALID_PATH));
      assertThatThrownBy(() -> parser.parsePatchPath("a".repeat(5000)))
          .isInstanceOfSatisfying(ScimException.class,
              e -> assertThat(e.detail()).contains("the limit is 4096"));
    }
  }

  @Nested
  class Limits {
    @Test
    void rejectsFiltersLongerThanTheLimit() {
      FilterParser small = new FilterParser(new FilterLimits(20, 32));
      assertThat(small.parse("userName eq \"abcde\"")).isNotNull();
      assertThatThrownBy(() -> small.parse("userName eq \"abcdefg\""))
          .isInstanceOfSatisfying(ScimException.class, e -> {
            assertThat(e.scimType()).contains(ScimType.INVALID_FILTER);
            assertThat(e.detail()).isEqualTo("filter is 21 characters long; the limit is 20");
          });
    }

    @Test
    void countsParenthesesNotAndBracketsTowardsTheDepth() {
      FilterParser shallow = new FilterParser(new FilterLimits(4096, 3));
      assertThat(shallow.parse("((not (a pr)))")).isNotNull();
      assertThat(shallow.parse("(not (emails[type pr]))")).isNotNull();
      assertThatThrownBy(() -> shallow.parse("(not (emails[(type pr)]))"))
          .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.detail())
              .isEqualTo("invalid filter at position 14: nesting exceeds the maximum depth of 3 "
                  + "(each '(', 'not' and value-path '[' is one level)"));
    }

    @Test
    void acceptsDepthUpToTheDefaultOf32() {
      String nested = "(".repeat(32) + "a pr" + ")".repeat(32);
      assertThat(parser.parse(nested)).isEqualTo(pr("a"));
      assertThatThrownBy(() -> parser.parse("(" + nested + ")"))
          .isInstanceOfSatisfying(ScimException.class,
              e -> assertThat(e.detail()).contains("position 33: nesting exceeds"));
    }

    @Test
    void longAndChainsDoNotCountAsNesting() {
      String chain = String.join(" and ", java.util.Collections.nCopies(400, "a pr"));
      Filter filter = parser.parse(chain);
      assertThat(filter.render()).isEqualTo(chain);
    }

    @Test
    void limitsAreValidated() {
      assertThatThrownBy(() -> new FilterLimits(0, 32))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new FilterLimits(4096, FilterLimits.DEPTH_CEILING + 1))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(FilterLimits.DEFAULTS).isEqualTo(new FilterLimits(4096, 32));
    }
  }
}
