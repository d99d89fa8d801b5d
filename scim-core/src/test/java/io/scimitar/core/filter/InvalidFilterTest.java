package io.scimitar.core.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Syntax errors: each is a 400 invalidFilter whose detail says where and what. */
class InvalidFilterTest {
  private final FilterParser parser = FilterParser.withDefaults();

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // empty and structural
      "``|filter is empty",
      "`   `|filter is empty",
      "`\t\n`|filter is empty",
      "userName|position 9: expected an operator (eq, ne, co, sw, ew, gt, lt, ge, le or pr) after 'userName', found end of input",
      "userName eq|position 12: expected a value after 'eq' (a string in double quotes, a number, true, false or null), found end of input",
      "userName equals \"x\"|position 10: unknown operator 'equals' after 'userName'",
      "userName = \"x\"|position 10: unknown operator '='",
      "userName eq \"x\" \"y\"|position 17: expected 'and', 'or' or the end of the filter, found string \"y\"",
      "userName eq \"x\" userName eq \"y\"|position 17: expected 'and', 'or' or the end of the filter, found 'userName'",
      "userName eq \"x\" and|position 20: expected an attribute path, '(' or 'not' after 'and', found end of input",
      "userName eq \"x\" or|position 19: expected an attribute path, '(' or 'not' after 'or', found end of input",
      "and userName eq \"x\"|position 1: expected an attribute path, '(' or 'not' at the start of the filter, found 'and'",
      "or title pr|position 1: expected an attribute path, '(' or 'not' at the start of the filter, found 'or'",
      "title pr and and title pr|position 14: expected an attribute path, '(' or 'not' after 'and', found 'and'",
      "title pr or or title pr|position 13: expected an attribute path, '(' or 'not' after 'or', found 'or'",
      "title pr and or title pr|position 14: expected an attribute path, '(' or 'not' after 'and', found 'or'",
      "title pr \"x\"|position 10: expected 'and', 'or' or the end of the filter, found string \"x\"",
      "title pr pr|position 10: expected 'and', 'or' or the end of the filter, found 'pr'",
      "\"userName\" eq \"x\"|position 1: expected an attribute path, '(' or 'not' at the start of the filter, found string \"userName\"",
      // parentheses
      "(title pr|position 1: '(' is never closed by ')'",
      "((title pr)|position 1: '(' is never closed by ')'",
      "title pr)|position 9: ')' has no matching '('",
      "()|position 2: expected an attribute path, '(' or 'not' after '(', found ')'",
      ")|position 1: expected an attribute path, '(' or 'not' at the start of the filter, found ')'",
      "(title pr]|position 10: expected 'and', 'or' or ')', found ']'",
      "(title pr) (title pr)|position 12: expected 'and', 'or' or the end of the filter, found '('",
      "title (pr)|position 7: expected an operator (eq, ne, co, sw, ew, gt, lt, ge, le or pr) after 'title', found '('",
      // not
      "not title pr|position 5: expected '(' after 'not', found 'title'",
      "not|position 4: expected '(' after 'not', found end of input",
      "not not (title pr)|position 5: expected '(' after 'not', found 'not'",
      "not ()|position 6: expected an attribute path, '(' or 'not' after 'not (', found ')'",
      "not (title pr|position 5: '(' is never closed by ')'",
      // value paths
      "emails[type eq \"work\"|position 7: '[' is never closed by ']'",
      "emails[]|position 8: expected an attribute path, '(' or 'not' after '[', found ']'",
      "emails[type eq \"work\")|position 22: expected 'and', 'or' or ']', found ')'",
      "emails]|position 7: expected an operator (eq, ne, co, sw, ew, gt, lt, ge, le or pr) after 'emails', found ']'",
      "title pr]|position 9: ']' has no matching '['",
      "emails[type[value pr]]|position 12: value paths cannot be nested: 'type[' inside another '[...]'",
      "name.givenName[value pr]|position 15: a value path filters an attribute, not a sub-attribute: 'name.givenName[' is not allowed",
      "emails[type eq \"work\"].value|position 29: expected an operator",
      "emails[type eq \"work\"].1value eq \"x\"|position 24: '1value' after ']' is not a valid sub-attribute name",
      "emails[type eq \"work\"]. value eq \"x\"|position 24: '' after ']' is not a valid sub-attribute name",
      "emails[type eq \"work\"] .value eq \"x\"|position 24: expected 'and', 'or' or the end of the filter, found '.value'",
      // attribute paths
      "1userName eq \"x\"|position 1: '1userName' is not a valid attribute path",
      "user name eq \"x\"|position 6: unknown operator 'name' after 'user'",
      "name. eq \"x\"|position 1: 'name.' is not a valid attribute path",
      ".name eq \"x\"|position 1: '.name' is not a valid attribute path",
      "name.givenName.x eq \"x\"|position 1: 'name.givenName.x' is not a valid attribute path",
      "x:userName eq \"x\"|position 1: 'x:userName' is not a valid attribute path",
      "urn:ietf:params:scim:schemas:core:2.0:User: eq \"x\"|position 1: 'urn:ietf:params:scim:schemas:core:2.0:User:' is not a valid attribute path",
      "user$name eq \"x\"|position 1: 'user$name' is not a valid attribute path",
      "userName@x eq \"x\"|position 1: 'userName@x' is not a valid attribute path",
      // values
      "userName eq bjensen|position 13: expected a value after 'eq' (a string in double quotes, a number, true, false or null), found 'bjensen'",
      "userName eq 'bjensen'|position 13: expected a value after 'eq'",
      "userName eq (\"x\")|position 13: expected a value after 'eq' (a string in double quotes, a number, true, false or null), found '('",
      "userName eq truex|position 13: expected a value after 'eq'",
      "x eq 01|position 6: '01' is not a JSON number (such as 42, -7, 3.14 or 1.5e3)",
      "x eq 1.|position 6: '1.' is not a JSON number",
      "x eq .5|position 6: expected a value after 'eq'",
      "x eq +1|position 6: expected a value after 'eq'",
      "x eq -|position 6: '-' is not a JSON number",
      "x eq 1e|position 6: '1e' is not a JSON number",
      "x eq 1e+|position 6: '1e+' is not a JSON number",
      "x eq 0x1F|position 6: '0x1F' is not a JSON number",
      "x eq 1.5.2|position 6: '1.5.2' is not a JSON number",
      "x eq 12abc|position 6: '12abc' is not a JSON number",
      "x eq 1e99999999999|position 6: number '1e99999999999' is out of range",
      "x eq 1e-5000|position 6: number '1e-5000' is out of range",
      // strings
      "userName eq \"bjensen|position 13: string is not terminated by a closing '\"'",
      "userName eq \"a\\x\"|position 15: invalid escape '\\x' in string",
      "userName eq \"a\\u12\"|position 15: \\u must be followed by four hexadecimal digits",
      "userName eq \"a\\u12g4\"|position 15: \\u must be followed by four hexadecimal digits, found '12g4'",
      "userName eq \"a\tb\"|position 15: control character U+0009 must be escaped inside a string",
  })
  void rejectsWithPositionAndReason(String filter, String fragment) {
    assertThatThrownBy(() -> parser.parse(filter))
        .isInstanceOfSatisfying(ScimException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.scimType()).contains(ScimType.INVALID_FILTER);
          assertThat(e.detail()).contains(fragment);
        });
  }

  @Test
  void rejectsARawLineBreakInsideAString() {
    assertThatThrownBy(() -> parser.parse("userName eq \"a\nb\""))
        .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.detail()).isEqualTo(
            "invalid filter at position 15: control character U+000A must be escaped inside a "
                + "string"));
  }

  @Test
  void rejectsAStringEndingInsideAnEscape() {
    assertThatThrownBy(() -> parser.parse("userName eq \"a\\"))
        .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.detail())
            .isEqualTo("invalid filter at position 15: string ends inside an escape sequence"));
  }

  @Test
  void rejectsAMissingFilter() {
    assertThatThrownBy(() -> parser.parse(null))
        .isInstanceOfSatisfying(ScimException.class,
            e -> assertThat(e.detail()).isEqualTo("filter is missing"));
  }

  @Test
  void quotesAtMostFortyCharactersOfTheInput() {
    String hugeWord = "x".repeat(3000);
    assertThatThrownBy(() -> parser.parse("userName eq " + hugeWord))
        .isInstanceOfSatisfying(ScimException.class, e -> {
          assertThat(e.detail()).contains("found '" + "x".repeat(40) + "…'");
          assertThat(e.detail().length()).isLessThan(200);
        });
  }

  @Test
  void rejectsAnUnicodeDigitInAnEscape() {
    assertThatThrownBy(() -> parser.parse("a eq \"\\u12\u0663\u0664\""))
        .isInstanceOfSatisfying(ScimException.class,
            e -> assertThat(e.detail()).contains("four hexadecimal digits"));
  }
}
