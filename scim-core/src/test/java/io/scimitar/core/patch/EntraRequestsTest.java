package io.scimitar.core.patch;

import static io.scimitar.core.patch.PatchTesting.ENTERPRISE;
import static io.scimitar.core.patch.PatchTesting.GROUP;
import static io.scimitar.core.patch.PatchTesting.USER;
import static io.scimitar.core.patch.PatchTesting.apply;
import static io.scimitar.core.patch.PatchTesting.engine;
import static io.scimitar.core.patch.PatchTesting.idpBodies;
import static io.scimitar.core.patch.PatchTesting.json;
import static io.scimitar.core.patch.PatchTesting.reader;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every PATCH request Microsoft Entra ID sends ({@code idp/entra-patch-requests.json}). */
class EntraRequestsTest {
  private static final Map<String, ObjectNode> BODIES = idpBodies("entra-patch-requests.json");

  private final PatchEngine users = engine(USER);
  private final PatchEngine groups = engine(GROUP);

  private static PatchRequest request(String id) {
    return reader().read(BODIES.get(id));
  }

  /** A Postman body with its {{placeholders}} filled in. */
  private static PatchRequest postman(String id, String placeholder, String value) {
    String text = BODIES.get(id).toString().replace("{{" + placeholder + "}}", value);
    return reader().read(json(text));
  }

  private static ObjectNode user() {
    return json("""
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
         "id":"6764549bef60420686bc",
         "externalId":"0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef",
         "userName":"Test_User_ab6490ee-1e48-479e-a20b-2d77186b5dd1",
         "active":true,
         "displayName":"Test User",
         "name":{"formatted":"givenName familyName","familyName":"familyName",
                 "givenName":"givenName"},
         "emails":[{"primary":true,"type":"work","value":"Test_User@testuser.com"}],
         "meta":{"resourceType":"User","created":"2024-01-01T00:00:00Z",
                 "lastModified":"2024-01-01T00:00:00Z","version":"W/\\"1\\""}}""");
  }

  private static ObjectNode group(String... memberIds) {
    ObjectNode group = json("""
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],
         "id":"a99962b9f99d4c4fac67",
         "externalId":"8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159",
         "displayName":"displayName"}""");
    if (memberIds.length > 0) {
      for (String id : memberIds) {
        group.withArray("members").addObject().put("value", id);
      }
    }
    return group;
  }

  @Test
  void replacesTheWorkEmailAndFamilyNameWithCapitalisedOps() {
    PatchResult result = apply(users, user(), request("entra-patch-user-multivalued"));
    ObjectNode expected = user();
    ((ObjectNode) expected.at("/emails/0")).put("value", "updatedEmail@microsoft.com");
    ((ObjectNode) expected.get("name")).put("familyName", "updatedFamilyName");
    assertThat(result.resource()).isEqualTo(expected);
  }

  @Test
  void renamesTheUser() {
    PatchResult result = apply(users, user(), request("entra-patch-user-userName"));
    assertThat(result.resource().get("userName").asText())
        .isEqualTo("5b50642d-79fc-4410-9e90-4c077cdd1a59@testuser.com");
  }

  @Test
  void disablesTheUserWhetherFalseIsABooleanOrAString() {
    for (String id : List.of("entra-disable-user-doc", "entra-disable-user-default",
        "entra-disable-user-flag", "entra-postman-patch-user-omalley-active-with-boolean")) {
      PatchResult result = apply(users, user(), request(id));
      assertThat(result.resource().get("active").isBoolean()).as(id).isTrue();
      assertThat(result.resource().get("active").booleanValue()).as(id).isFalse();
    }
  }

  @Test
  void addsASingleValueWithOrWithoutTheComplianceFlag() {
    for (String id : List.of("entra-add-single-value-default", "entra-add-single-value-flag")) {
      assertThat(apply(users, user(), request(id)).resource().get("nickName").asText())
          .isEqualTo("Babs");
    }
  }

  @Test
  void replacesManyAttributesOneOperationEach() {
    PatchResult result = apply(users, user(), request("entra-replace-many-default"));
    ObjectNode resource = result.resource();
    assertThat(resource.get("displayName").asText()).isEqualTo("Pvlo");
    assertThat(resource.at("/emails/0/value").asText())
        .isEqualTo("TestBcwqnm@test.microsoft.com");
    assertThat(resource.at("/name/givenName").asText()).isEqualTo("Gtfd");
    assertThat(resource.at("/name/familyName").asText()).isEqualTo("Pkqf");
    assertThat(resource.get("externalId").asText()).isEqualTo("Eqpj");
    assertThat(resource.get(ENTERPRISE)).isEqualTo(json("{\"employeeNumber\":\"Eqpj\"}"));
    assertThat(resource.get("schemas")).extracting(urn -> urn.asText())
        .containsExactly("urn:ietf:params:scim:schemas:core:2.0:User", ENTERPRISE);
  }

  @Test
  void replacesManyAttributesThroughDottedAndUrnKeysWithoutAPath() {
    PatchResult result = apply(users, user(), request("entra-replace-many-flag"));
    ObjectNode resource = result.resource();
    assertThat(resource.at("/emails/0/value").asText())
        .isEqualTo("TestMhvaes@test.microsoft.com");
    assertThat(resource.get("displayName").asText()).isEqualTo("Bjfe");
    assertThat(resource.get("name")).isEqualTo(json("""
        {"formatted":"givenName familyName","familyName":"Unua","givenName":"Kkom"}"""));
    assertThat(resource.get(ENTERPRISE)).isEqualTo(json("{\"employeeNumber\":\"Aklq\"}"));
    assertThat(resource.has("name.givenName")).isFalse();
  }

  @Test
  void setsTheManagerFromAnArrayOfOneReference() {
    PatchResult result = apply(users, user(), request("entra-manager-add-doc"));
    assertThat(result.resource().at("/" + ENTERPRISE.replace("/", "~1") + "/manager"))
        .isEqualTo(json("""
            {"$ref":"http://.../scim/Users/00aa00aa-bb11-cc22-dd33-44ee44ee44ee",
             "value":"00aa00aa-bb11-cc22-dd33-44ee44ee44ee"}"""));
  }

  @Test
  void setsTheManagerFromABareStringAtTheUrnPath() {
    PatchResult result = apply(users, user(), request("entra-manager-add-string"));
    assertThat(result.resource().get(ENTERPRISE)).isEqualTo(json("""
        {"manager":{"value":"271"}}"""));
  }

  @Test
  void createsTheWorkEmailThatAnAddThroughAFilterNames() {
    ObjectNode withoutEmails = user();
    withoutEmails.remove("emails");
    PatchResult result = apply(users, withoutEmails, request("entra-add-emails-filter-path"));
    assertThat(result.resource().get("emails")).isEqualTo(json("""
        {"e":[{"type":"work","value":"max@mustermann.de"}]}""").get("e"));

    PatchResult existing = apply(users, user(), request("entra-add-emails-filter-path"));
    assertThat(existing.resource().get("emails")).isEqualTo(json("""
        {"e":[{"primary":true,"type":"work","value":"max@mustermann.de"}]}""").get("e"));
  }

  @Test
  void buildsOneWorkAddressFromSeveralSubAttributeAdds() {
    PatchResult result = apply(users, user(), request("entra-add-address-subattrs"));
    assertThat(result.resource().get("addresses")).isEqualTo(json("""
        {"a":[{"type":"work","formatted":"USZLTUSJXBYV","locality":"OSGODHEVDCVD",
               "region":"YMVMOEMXAYGD"}]}""").get("a"));
  }

  @Test
  void storesRoleValuesThatAreJsonTextAsText() {
    PatchResult result = apply(users, user(), request("entra-roles-stringified-json"));
    assertThat(result.resource().get("roles")).hasSize(2);
    assertThat(result.resource().at("/roles/1/value").asText())
        .isEqualTo("{\"id\":\"8ae06bd4-35bb-4fcd-977e-14e074ad1192\",\"value\":\"Admin\","
            + "\"displayName\":\"Admin\"}");
  }

  @Test
  void replacesExtensionAttributesThroughUrnKeysWithoutAPath() {
    PatchResult result = apply(users, user(), request("entra-extension-no-path-replace"));
    assertThat(result.resource().get(ENTERPRISE)).isEqualTo(json("""
        {"employeeNumber":"1111","costCenter":"2222"}"""));
  }

  @Test
  void renamesAGroup() throws Exception {
    PatchResult result = groups.apply(group(), request("entra-patch-group-displayName"), false);
    assertThat(result.resource().get("displayName").asText())
        .isEqualTo("1879db59-3bdf-4490-ad68-ab880a269474updatedDisplayName");
    assertThat(result.membershipChanges()).isEmpty();
  }

  @Test
  void addsAMemberWithANullRef() throws Exception {
    PatchResult loaded = apply(groups, group(), request("entra-group-add-members"));
    assertThat(loaded.resource().get("members")).isEqualTo(json("""
        {"m":[{"value":"f648f8d5ea4e4cd38e9c"}]}""").get("m"));

    PatchResult delta = groups.apply(group(), request("entra-group-add-members"), false);
    assertThat(delta.membershipChanges()).containsExactly(
        new MembershipChange.Add(List.of(MemberRef.of("f648f8d5ea4e4cd38e9c"))));
  }

  @Test
  void removesOnlyTheMembersListedAsTheValue() throws Exception {
    PatchResult loaded = apply(groups, group("f648f8d5ea4e4cd38e9c", "other"),
        request("entra-group-remove-members-doc"));
    assertThat(loaded.resource().get("members")).isEqualTo(json("""
        {"m":[{"value":"other"}]}""").get("m"));

    PatchResult delta = groups.apply(group(), request("entra-group-remove-members-doc"), false);
    assertThat(delta.membershipChanges())
        .containsExactly(new MembershipChange.Remove(Set.of("f648f8d5ea4e4cd38e9c")));
  }

  @Test
  void removesAMemberWithOrWithoutTheComplianceFlag() throws Exception {
    PatchResult byValue = apply(groups, group("u1091", "u2"),
        request("entra-group-remove-member-default"));
    assertThat(byValue.resource().get("members")).hasSize(1);
    assertThat(groups.apply(group(), request("entra-group-remove-member-default"), false)
        .membershipChanges()).containsExactly(new MembershipChange.Remove(Set.of("u1091")));

    String member = "7f4bc1a3-285e-48ae-8202-5accb43efb0e";
    PatchResult byFilter = apply(groups, group(member, "u2"),
        request("entra-group-remove-member-flag"));
    assertThat(byFilter.resource().get("members")).isEqualTo(json("""
        {"m":[{"value":"u2"}]}""").get("m"));
    assertThat(groups.apply(group(), request("entra-group-remove-member-flag"), false)
        .membershipChanges()).containsExactly(new MembershipChange.Remove(Set.of(member)));
  }

  @Test
  void replaysTheReferenceServerPostmanRequests() throws Exception {
    assertThat(apply(users, user(), request("entra-postman-patch-user1")).resource()
        .get("userName").asText()).isEqualTo("ryan3");
    assertThat(apply(users, user(), request("entra-postman-patch-user-omalley-new-username"))
        .resource().get("userName").asText()).isEqualTo("newusername");

    PatchResult added = apply(groups, group("u1"),
        postman("entra-postman-patch-add-user4-to-group1", "id4", "u4"));
    assertThat(added.resource().get("members")).extracting(member -> member.get("value").asText())
        .containsExactly("u1", "u4");

    PatchResult removed = apply(groups, added.resource(),
        postman("entra-postman-patch-remove-user4-to-group1", "id4", "u4"));
    assertThat(removed.resource().get("members")).isEqualTo(group("u1").get("members"));

    PatchResult emptied = apply(groups, group("u1", "u4"),
        request("entra-postman-patch-remove-all-users"));
    assertThat(emptied.resource()).isEqualTo(group());
    assertThat(groups.apply(group(), request("entra-postman-patch-remove-all-users"), false)
        .membershipChanges()).containsExactly(new MembershipChange.RemoveAll());

    PatchResult bareId = groups.apply(group(),
        postman("entra-postman-group-patch-add-member", "1stgroupid", "a99962b9f99d4c4fac67"),
        false);
    assertThat(bareId.membershipChanges())
        .containsExactly(new MembershipChange.Add(List.of(MemberRef.of("string id 1"))));
  }

  @Test
  void everyEntraFixtureIsCovered() {
    assertThat(BODIES).hasSize(27);
  }
}
