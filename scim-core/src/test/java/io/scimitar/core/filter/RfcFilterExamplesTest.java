package io.scimitar.core.filter;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimitar.core.resource.ScimResource;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The example filters of RFC 7644 §3.4.2.2, plus the forms Okta and Entra ID send, evaluated
 * against three users: bjensen (Employee, title, work email at example.com, Enterprise
 * extension), jomalley (Intern, family name O'Malley, xmpp handle at foo.com) and JSmith (Employee,
 * empty title, "other" email at Example.ORG, modified 2012).
 */
class RfcFilterExamplesTest {
  private final FilterParser parser = FilterParser.withDefaults();
  private final FilterEvaluator evaluator = new FilterEvaluator(FilterFixtures.USER);
  private final List<ScimResource> users = FilterFixtures.users().stream()
      .map(tree -> ScimResource.wrap("User", tree))
      .collect(Collectors.toList());

  @ParameterizedTest(name = "{0} -> [{1}]")
  @CsvSource(delimiter = '|', value = {
      "userName eq \"bjensen\"|bjensen",
      "name.familyName co \"O'Malley\"|jomalley",
      "userName sw \"J\"|jomalley,JSmith",
      "urn:ietf:params:scim:schemas:core:2.0:User:userName sw \"J\"|jomalley,JSmith",
      "title pr|bjensen",
      "meta.lastModified gt \"2011-05-13T04:42:34Z\"|JSmith",
      "meta.lastModified ge \"2011-05-13T04:42:34Z\"|bjensen,jomalley,JSmith",
      "meta.lastModified lt \"2011-05-13T04:42:34Z\"|''",
      "meta.lastModified le \"2011-05-13T04:42:34Z\"|bjensen,jomalley",
      "title pr and userType eq \"Employee\"|bjensen",
      "title pr or userType eq \"Intern\"|bjensen,jomalley",
      "schemas eq \"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"|bjensen",
      "userType eq \"Employee\" and (emails co \"example.com\" or emails.value co \"example.org\")|bjensen,JSmith",
      "userType ne \"Employee\" and not (emails co \"example.com\" or emails.value co \"example.org\")|jomalley",
      "userType eq \"Employee\" and (emails.type eq \"work\")|bjensen",
      "userType eq \"Employee\" and emails[type eq \"work\" and value co \"@example.com\"]|bjensen",
      "emails[type eq \"work\" and value co \"@example.com\"] or ims[type eq \"xmpp\" and value co \"@foo.com\"]|bjensen,jomalley",
      // what identity providers send
      "userName eq \"BJENSEN\"|bjensen",
      "USERNAME EQ \"jsmith\"|JSmith",
      "externalId eq \"bjensen\"|bjensen",
      "externalId eq \"BJENSEN\"|''",
      "id eq \"omalley-id\"|jomalley",
      "emails[type eq \"work\"].value eq \"john@omalley.net\"|jomalley",
      "emails eq \"BJENSEN@example.com\"|bjensen",
      "DisplayName eq \"Babs Jensen\"|bjensen",
      "name.FamilyName eq \"Jensen\" and (emails.Value co \"example.com\" or emails.Value co \"example.org\")|bjensen",
      "active eq \"True\"|bjensen",
      "active eq false|jomalley",
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq \"26118915-6090-4610-87e4-49d8ca9f808d\"|bjensen",
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq \"701984\"|bjensen",
      "meta.created gt \"2010-10-10T14:38:21.8617979-07:00\"|jomalley,JSmith",
  })
  void evaluatesAsTheRfcDescribes(String filter, String expected) {
    Filter resolved = evaluator.resolve(parser.parse(filter));
    String matching = users.stream()
        .filter(user -> evaluator.matches(resolved, user.view()))
        .map(user -> user.text("userName").orElseThrow())
        .collect(Collectors.joining(","));
    assertThat(matching).isEqualTo(expected);
  }
}
