package io.scimitar.core.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.path.ResolvedPath;
import io.scimitar.core.schema.ResourceSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Schema checks: unknown attributes and unsupported operator/type combinations. */
class FilterResolutionTest {
  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  private final FilterParser parser = FilterParser.withDefaults();

  private Filter resolve(ResourceSchema schema, String filter) {
    return new FilterEvaluator(schema).resolve(parser.parse(filter));
  }

  @Test
  void canonicalisesUserPaths() {
    Filter resolved = resolve(FilterFixtures.USER,
        "USERNAME eq \"a\" and Name.FamilyName co \"b\" and EMAILS[TYPE eq \"work\"].VALUE pr "
            + "and urn:ietf:params:scim:schemas:core:2.0:User:displayName pr and "
            + "URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER:MANAGER.VALUE eq \"m\" "
            + "and employeeNumber eq \"1\" and manager eq \"m\" and META.LASTMODIFIED gt "
            + "\"2011-05-13T04:42:34Z\" and ID eq \"x\" and SCHEMAS eq \"urn:x\"");
    assertThat(resolved.render()).isEqualTo("userName eq \"a\" and name.familyName co \"b\" and "
        + "emails[type eq \"work\" and value pr] and displayName pr and "
        + ENTERPRISE + ":manager.value eq \"m\" and " + ENTERPRISE + ":employeeNumber eq \"1\" "
        + "and " + ENTERPRISE + ":manager.value eq \"m\" and meta.lastModified gt "
        + "\"2011-05-13T04:42:34Z\" and id eq \"x\" and schemas eq \"urn:x\"");
  }

  @Test
  void rewritesEntraBooleanStrings() {
    assertThat(resolve(FilterFixtures.USER, "active eq \"False\""))
        .isEqualTo(parser.parse("active eq false"));
    assertThat(resolve(FilterFixtures.USER, "emails[primary eq \"TRUE\"]"))
        .isEqualTo(parser.parse("emails[primary eq true]"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // unknown names
      "nickname2 eq \"x\"|unknown attribute 'nickname2' for resource type User",
      "name.middle eq \"x\"|attribute 'name' has no sub-attribute 'middle'",
      "userName.x eq \"x\"|attribute 'userName' is of type string and has no sub-attributes",
      "urn:example:unknown:flavour eq \"x\"|unknown schema 'urn:example:unknown' in attribute path 'urn:example:unknown:flavour'",
      "urn:ietf:params:scim:schemas:core:2.0:Group:displayName eq \"x\"|unknown schema 'urn:ietf:params:scim:schemas:core:2.0:Group'",
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:userName eq \"x\"|unknown attribute 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:userName'",
      "emails[kind eq \"work\"]|attribute 'emails' has no sub-attribute 'kind'",
      "emails[type eq \"work\"].address eq \"x\"|attribute 'emails' has no sub-attribute 'address'",
      "emails[emails.type eq \"work\"]|inside 'emails[...]' only sub-attribute names of 'emails' may be used, found 'emails.type'",
      "emails[urn:x:type eq \"work\"]|inside 'emails[...]' only sub-attribute names of 'emails' may be used",
      "members eq \"x\"|unknown attribute 'members' for resource type User",
      "schemas.value eq \"x\"|unknown attribute 'schemas.value'",
      // value path targets
      "userName[value eq \"x\"]|value path 'userName[...]' needs a complex attribute; 'userName' is of type string",
      "name.givenName pr and emails[value pr] and x[y pr]|unknown attribute 'x'",
      // complex compared directly
      "name eq \"Barbara\"|attribute 'name' is complex and has no 'value' sub-attribute; compare one of its sub-attributes, such as 'name.formatted'",
      "addresses co \"Berlin\"|attribute 'addresses' is complex and has no 'value' sub-attribute",
      // operators per type
      "active gt true|operator 'gt' is not supported on boolean attribute 'active'",
      "active co \"tr\"|operator 'co' is not supported on boolean attribute 'active'",
      "emails[primary le false]|operator 'le' is not supported on boolean attribute 'emails.primary'",
      "x509Certificates.value gt \"AAA\"|operator 'gt' is not supported on binary attribute 'x509Certificates.value'",
      "x509Certificates ge \"AAA\"|operator 'ge' is not supported on binary attribute 'x509Certificates.value'",
      "meta.lastModified co \"2011\"|operator 'co' is not supported on dateTime attribute 'meta.lastModified'",
      "meta.created sw \"2011\"|operator 'sw' is not supported on dateTime attribute 'meta.created'",
      // literal types
      "userName eq 42|attribute 'userName' is of type string; compare it with a string in double quotes, not 42",
      "userName eq true|attribute 'userName' is of type string; compare it with a string in double quotes, not true",
      "active eq 1|attribute 'active' is of type boolean; compare it with true or false, not 1",
      "active eq \"yes\"|attribute 'active' is of type boolean; compare it with true or false, not \"yes\"",
      "meta.lastModified gt \"yesterday\"|attribute 'meta.lastModified' is of type dateTime; compare it with a date-time string such as \"2011-05-13T04:42:34Z\", not \"yesterday\"",
      "meta.lastModified gt 20110513|attribute 'meta.lastModified' is of type dateTime",
      "profileUrl eq 1|attribute 'profileUrl' is of type reference; compare it with a string in double quotes, not 1",
      "x509Certificates.value eq false|attribute 'x509Certificates.value' is of type binary; compare it with a base64 string in double quotes, not false",
      "userName gt null|'userName gt null' is not supported: only eq and ne compare with null",
      "userName co null|'userName co null' is not supported",
  })
  void rejectsWithInvalidFilterNamingTheAttribute(String filter, String fragment) {
    assertThatThrownBy(() -> resolve(FilterFixtures.USER, filter))
        .isInstanceOfSatisfying(ScimException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.scimType()).contains(ScimType.INVALID_FILTER);
          assertThat(e.detail()).contains(fragment);
        });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "count co \"5\"|operator 'co' is not supported on integer attribute 'count'",
      "ratio sw \"1\"|operator 'sw' is not supported on decimal attribute 'ratio'",
      "count eq \"5\"|attribute 'count' is of type integer; compare it with a number, not \"5\"",
      "ratio gt true|attribute 'ratio' is of type decimal; compare it with a number, not true",
      "location eq \"Berlin\"|attribute 'location' is complex and has no 'value' sub-attribute; compare one of its sub-attributes, such as 'location.city'",
      "tags[value eq \"x\"]|value path 'tags[...]' needs a complex attribute",
      "location.city[x pr]|position 14: a value path filters an attribute",
  })
  void rejectsUnsupportedCombinationsOnHostTypes(String filter, String fragment) {
    assertThatThrownBy(() -> resolve(FilterFixtures.DEVICES, filter))
        .isInstanceOfSatisfying(ScimException.class, e -> {
          assertThat(e.scimType()).contains(ScimType.INVALID_FILTER);
          assertThat(e.detail()).contains(fragment);
        });
  }

  @Test
  void rejectsNestedValuePathsBuiltByHand() {
    Filter nested = new Filter.ValuePath(AttributePath.of("emails"),
        new Filter.ValuePath(AttributePath.of("ims"),
            new Filter.Present(AttributePath.of("type"))));
    assertThatThrownBy(() -> new FilterEvaluator(FilterFixtures.USER).resolve(nested))
        .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.detail())
            .isEqualTo("value paths cannot be nested: 'ims[...]' inside 'emails[...]'"));
  }

  @Test
  void rejectsAValuePathConditionOnASubAttribute() {
    ResolvedPath givenName =
        ResolvedPath.resolve(AttributePath.of("name", "givenName"), FilterFixtures.USER)
            .orElseThrow();
    assertThatThrownBy(() -> new FilterEvaluator(FilterFixtures.USER)
        .resolveCondition(givenName, parser.parse("value pr")))
        .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.detail())
            .isEqualTo("a value path filters an attribute, not the sub-attribute "
                + "'name.givenName'"));
  }

  @Test
  void evaluatingAnUnresolvedFilterWithUnknownNamesIsInvalidFilter() {
    FilterEvaluator evaluator = new FilterEvaluator(FilterFixtures.USER);
    assertThatThrownBy(() -> evaluator.matches(parser.parse("nope pr"),
        FilterFixtures.users().get(0)))
        .isInstanceOfSatisfying(ScimException.class,
            e -> assertThat(e.scimType()).contains(ScimType.INVALID_FILTER));
  }

  @Test
  void resolvesGroupMembers() {
    assertThat(resolve(FilterFixtures.GROUP, "MEMBERS[VALUE eq \"x\"] or members eq \"y\"")
            .render())
        .isEqualTo("members[value eq \"x\"] or members.value eq \"y\"");
  }
}
