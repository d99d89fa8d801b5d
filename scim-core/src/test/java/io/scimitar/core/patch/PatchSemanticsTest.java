package io.scimitar.core.patch;

import static io.scimitar.core.patch.PatchTesting.ENTERPRISE;
import static io.scimitar.core.patch.PatchTesting.GROUP;
import static io.scimitar.core.patch.PatchTesting.USER;
import static io.scimitar.core.patch.PatchTesting.apply;
import static io.scimitar.core.patch.PatchTesting.engine;
import static io.scimitar.core.patch.PatchTesting.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Operation semantics beyond the RFC's own examples. */
class PatchSemanticsTest {
  private final PatchEngine users = engine(USER);
  private final PatchEngine groups = engine(GROUP);

  private static ObjectNode user() {
    return json("""
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
         "id":"u1",
         "userName":"bjensen",
         "displayName":"Babs",
         "name":{"givenName":"Barbara","familyName":"Jensen"},
         "emails":[{"value":"bjensen@example.com","type":"work","primary":true},
                   {"value":"babs@jensen.org","type":"home"}],
         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{
           "department":"Tour Operations",
           "manager":{"value":"m1","$ref":"../Users/m1","displayName":"John Smith"}}}""");
  }

  private PatchResult patch(ObjectNode tree, String operations) {
    return apply(users, tree, "{\"Operations\":" + operations + "}");
  }

  private static ObjectNode enterprise(PatchResult result) {
    return (ObjectNode) result.resource().get(ENTERPRISE);
  }

  @Test
  void replaceOfAComplexAttributeMergesItsSubAttributes() {
    PatchResult result = patch(user(), """
        [{"op":"replace","path":"name","value":{"givenName":"Babs","middleName":"Jane"}}]""");
    assertThat(result.resource().get("name")).isEqualTo(json("""
        {"givenName":"Babs","familyName":"Jensen","middleName":"Jane"}"""));
  }

  @Test
  void aComplexValueNamingAnotherReferentReplacesTheWholeValue() {
    PatchResult result = patch(user(), """
        [{"op":"replace","path":"manager","value":{"value":"m2"}}]""");
    assertThat(enterprise(result).get("manager")).isEqualTo(json("{\"value\":\"m2\"}"));
  }

  @Test
  void managerCanBeSetFromABareValueObject() {
    ObjectNode noManager = user();
    ((ObjectNode) noManager.get(ENTERPRISE)).remove("manager");
    PatchResult result = patch(noManager, """
        [{"op":"add","path":"manager","value":{"Value":"m9"}}]""");
    assertThat(enterprise(result).get("manager")).isEqualTo(json("{\"value\":\"m9\"}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"\"", "null"})
  void replacingTheManagerWithNothingClearsIt(String nothing) {
    PatchResult result = patch(user(), "[{\"op\":\"Replace\",\"path\":\"" + ENTERPRISE
        + ":manager\",\"value\":" + nothing + "}]");
    assertThat(enterprise(result)).isEqualTo(json("{\"department\":\"Tour Operations\"}"));
  }

  /** Entra ID's SCIM_Null_Update_Test: empty strings, then nulls, clear attributes. */
  @Test
  void emptyStringsAndThenNullsClearAttributes() {
    String operations = """
        [{"op":"Replace","path":"displayName","value":%1$s},
         {"op":"Replace","path":"name.givenName","value":%1$s},
         {"op":"Replace","path":"emails[type eq \\"work\\"].value","value":%1$s},
         {"op":"Replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department","value":%1$s},
         {"op":"Replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager","value":%1$s}]""";
    PatchResult emptied = patch(user(), String.format(operations, "\"\""));
    PatchResult nulled = patch(emptied.resource(), String.format(operations, "null"));

    ObjectNode expected = json("""
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
         "id":"u1",
         "userName":"bjensen",
         "name":{"familyName":"Jensen"},
         "emails":[{"type":"work","primary":true},
                   {"value":"babs@jensen.org","type":"home"}]}""");
    assertThat(emptied.resource()).isEqualTo(expected);
    assertThat(nulled.resource()).isEqualTo(expected);
    assertThat(nulled.changed()).isFalse();
  }

  @Test
  void removingTheLastExtensionAttributeDropsTheExtensionAndItsSchema() {
    PatchResult result = patch(user(), """
        [{"op":"remove","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department"},
         {"op":"remove","path":"manager"}]""");
    assertThat(result.resource().has(ENTERPRISE)).isFalse();
    assertThat(result.resource().get("schemas")).hasSize(1);
  }

  @Test
  void removingWhatIsNotThereChangesNothing() {
    PatchResult result = patch(user(), """
        [{"op":"remove","path":"nickName"},{"op":"remove","path":"phoneNumbers"},
         {"op":"remove","path":"name.middleName"}]""");
    assertThat(result.changed()).isFalse();
    assertThat(result.resource()).isEqualTo(user());
  }

  @Test
  void restatingValuesIsNoChange() {
    PatchResult result = patch(user(), """
        [{"op":"replace","path":"displayName","value":"Babs"},
         {"op":"add","path":"emails","value":[{"value":"babs@jensen.org","type":"home"}]},
         {"op":"replace","value":{"id":"u1","name":{"givenName":"Barbara"}}}]""");
    assertThat(result.changed()).isFalse();
  }

  @Test
  void changingOnlyTheCaseOfAValueIsAChange() {
    PatchResult result = patch(user(), """
        [{"op":"replace","path":"userName","value":"BJensen"}]""");
    assertThat(result.changed()).isTrue();
    assertThat(result.resource().get("userName").asText()).isEqualTo("BJensen");
  }

  @Test
  void addingAnEqualEmailMergesInsteadOfDuplicating() {
    PatchResult result = patch(user(), """
        [{"op":"add","path":"emails","value":[
           {"value":"BABS@jensen.org","type":"home","display":"Home"}]}]""");
    assertThat(result.resource().get("emails")).hasSize(2);
    assertThat(result.resource().at("/emails/1")).isEqualTo(json("""
        {"value":"BABS@jensen.org","type":"home","display":"Home"}"""));
  }

  @Test
  void theSameAddressAsAnotherTypeIsAnotherValue() {
    PatchResult result = patch(user(), """
        [{"op":"add","path":"emails","value":{"value":"babs@jensen.org","type":"other"}}]""");
    assertThat(result.resource().get("emails")).hasSize(3);
  }

  @Test
  void makingAValuePrimaryMakesTheOthersNotPrimary() {
    PatchResult added = patch(user(), """
        [{"op":"add","path":"emails","value":[
           {"value":"new@example.com","type":"other","primary":true}]}]""");
    assertThat(added.resource().at("/emails/0/primary").booleanValue()).isFalse();
    assertThat(added.resource().at("/emails/2/primary").booleanValue()).isTrue();

    PatchResult replaced = patch(user(), """
        [{"op":"replace","path":"emails[type eq \\"home\\"].primary","value":"True"}]""");
    assertThat(replaced.resource().at("/emails/0/primary").booleanValue()).isFalse();
    assertThat(replaced.resource().at("/emails/1/primary").booleanValue()).isTrue();
  }

  @Test
  void booleanStringsAreCoerced() {
    PatchResult result = patch(user(), """
        [{"op":"replace","path":"active","value":"True"},
         {"op":"replace","value":{"emails[type eq \\"home\\"].primary":"false"}}]""");
    assertThat(result.resource().get("active").isBoolean()).isTrue();
    assertThat(result.resource().get("active").booleanValue()).isTrue();
    assertThat(result.resource().at("/emails/1/primary").isBoolean()).isTrue();
  }

  @Test
  void attributeNamesInPathsAndValuesIgnoreCase() {
    PatchResult result = patch(user(), """
        [{"op":"replace","path":"NAME.GIVENNAME","value":"B"},
         {"op":"replace","path":"Emails[Type eq \\"work\\"].Value","value":"b@example.com"},
         {"op":"add","value":{"NickName":"Bee","urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:EmployeeNumber":"7"}}]""");
    assertThat(result.resource().at("/name/givenName").asText()).isEqualTo("B");
    assertThat(result.resource().at("/emails/0/value").asText()).isEqualTo("b@example.com");
    assertThat(result.resource().get("nickName").asText()).isEqualTo("Bee");
    assertThat(enterprise(result).get("employeeNumber").asText()).isEqualTo("7");
  }

  @Test
  void aSchemaUrnKeyWithoutAPathHoldsThatSchemasAttributes() {
    PatchResult result = patch(user(), """
        [{"op":"replace","value":{
           "schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
           "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"costCenter":"4130"}}}]""");
    assertThat(enterprise(result).get("costCenter").asText()).isEqualTo("4130");
    assertThat(enterprise(result).get("department").asText()).isEqualTo("Tour Operations");
  }

  @Test
  void replacingAnExtensionWithNullClearsItsAttributes() {
    PatchResult result = patch(user(), """
        [{"op":"replace","value":{"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":null}}]""");
    assertThat(result.resource().has(ENTERPRISE)).isFalse();
  }

  @Test
  void aSubAttributePathWithoutFilterAppliesToEveryValue() {
    PatchResult result = patch(user(), """
        [{"op":"replace","path":"emails.display","value":"E-mail"}]""");
    assertThat(result.resource().get("emails"))
        .allSatisfy(email -> assertThat(email.get("display").asText()).isEqualTo("E-mail"));

    ObjectNode noEmails = user();
    noEmails.remove("emails");
    PatchResult created = patch(noEmails, """
        [{"op":"add","path":"emails.value","value":"x@example.com"}]""");
    assertThat(created.resource().get("emails")).isEqualTo(json("""
        {"e":[{"value":"x@example.com"}]}""").get("e"));
  }

  @Test
  void removeWithAValueRemovesOnlyEqualValues() {
    PatchResult result = patch(user(), """
        [{"op":"remove","path":"emails","value":[{"value":"babs@jensen.org"},{"value":"nobody@x"}]},
         {"op":"remove","path":"manager","value":{"value":"someone-else"}}]""");
    assertThat(result.resource().get("emails")).hasSize(1);
    assertThat(enterprise(result).has("manager")).isTrue();
  }

  @Test
  void addThroughAFilterMergesIntoEveryMatch() {
    PatchResult result = patch(user(), """
        [{"op":"add","path":"emails[type eq \\"work\\"]","value":{"display":"Work"}}]""");
    assertThat(result.resource().at("/emails/0")).isEqualTo(json("""
        {"value":"bjensen@example.com","type":"work","primary":true,"display":"Work"}"""));
  }

  @Test
  void membersWithLoadedListBehaveLikeAnyMultiValuedAttribute() {
    ObjectNode group = json("""
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"id":"g1",
         "displayName":"G","members":[{"value":"u1"}]}""");
    PatchResult result = apply(groups, group, """
        {"Operations":[{"op":"add","path":"members[value eq \\"u1\\"].type","value":"User"}]}""");
    assertThat(result.resource().get("members")).isEqualTo(json("""
        {"m":[{"value":"u1","type":"User"}]}""").get("m"));
  }

  @Test
  void aPathNamingAWholeExtensionRemovesOrSetsItsAttributes() {
    PatchResult removed = patch(user(), """
        [{"op":"remove","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"}]""");
    assertThat(removed.resource().has(ENTERPRISE)).isFalse();
    assertThat(removed.resource().get("schemas")).hasSize(1);

    PatchResult added = patch(removed.resource(), """
        [{"op":"add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
          "value":{"division":"Theme Park","manager":"m3"}}]""");
    assertThat(enterprise(added)).isEqualTo(json("""
        {"division":"Theme Park","manager":{"value":"m3"}}"""));
    assertThat(added.resource().get("schemas")).hasSize(2);
  }

  @Test
  void restatingReadOnlyValuesIsNoChange() {
    ObjectNode withMeta = user();
    withMeta.putObject("meta").put("resourceType", "User").put("version", "W/\"1\"");
    PatchResult result = patch(withMeta, """
        [{"op":"replace","path":"id","value":"u1"},
         {"op":"add","path":"groups","value":[]},
         {"op":"replace","value":{"meta":{"resourceType":"User","version":"W/\\"1\\""}}}]""");
    assertThat(result.changed()).isFalse();
  }

  @Test
  void anEngineWithoutMemberAttributeEditsMembersInTheTree() throws Exception {
    PatchEngine plain = engine(GROUP, null);
    assertThat(plain.membersAttribute()).isEmpty();
    PatchResult result = plain.apply(json("""
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"id":"g1","displayName":"G"}"""),
        PatchTesting.request("""
        {"Operations":[{"op":"add","path":"members","value":[{"value":"u1"}]}]}"""), false);
    assertThat(result.resource().get("members")).isEqualTo(json("""
        {"m":[{"value":"u1"}]}""").get("m"));
    assertThat(result.membershipChanges()).isEmpty();
  }

  @Test
  void theInputTreeIsNeverModified() {
    ObjectNode before = user();
    PatchResult result = patch(before, """
        [{"op":"replace","path":"name.givenName","value":"B"},
         {"op":"remove","path":"emails[type eq \\"home\\"]"}]""");
    assertThat(before).isEqualTo(user());
    ((ObjectNode) result.resource().get("name")).put("familyName", "Changed");
    assertThat(before).isEqualTo(user());
  }
}
