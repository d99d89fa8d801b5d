package io.scimitar.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.jaxrs.support.IdpReplay;
import io.scimitar.jaxrs.support.ScimClient;
import io.scimitar.jaxrs.support.ScimResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Microsoft Entra ID against the example server: Test Connection, schema discovery, the user and
 * group cycles of a non-gallery app's default provisioning job and of one with the
 * {@code aadOptscim062020} flag, the manager and value-filter forms Entra sends in practice, and
 * its null-laden create bodies. Requests are replayed from {@code idp/entra-id.json} (and
 * {@code idp/entra-id-extra.json}), only the example ids and names replaced.
 */
public abstract class EntraReplay extends ReplaySuite {
  private static final String ENTERPRISE = BuiltInSchemas.ENTERPRISE_USER;
  /** The user ids Microsoft's examples use, all standing for the user under test. */
  private static final List<String> DOC_USER_IDS =
      List.of("5d48a0a8e9f04aa38008", "6764549bef60420686bc", "5171a35d82074e068ce2", "{id}");
  private static final List<String> DOC_GROUP_IDS = List.of("40734ae655284ad3abcc",
      "fa2ce26709934589afc5", "a99962b9f99d4c4fac67", "cdb1ce18f65944079d37", "{id}");
  /** The GUID in the example user's name, replaced so each test has its own user. */
  private static final String DOC_NAME_GUID = "00aa00aa-bb11-cc22-dd33-44ee44ee44ee";
  private static final String DOC_MEMBER = "f648f8d5ea4e4cd38e9c";

  private final IdpReplay entra = IdpReplay.load("entra-id.json");
  private final IdpReplay entraExtra = IdpReplay.load("entra-id-extra.json");

  @Test
  void testConnectionFindsNothingAndSchemasDescribeUsersAndGroups() {
    JsonNode connection = entra.send(scim, "entra-test-connection",
        Map.of("<random GUID>", UUID.randomUUID().toString())).json();
    assertThat(connection.path("schemas").get(0).asText()).isEqualTo(LIST_URN);
    assertThat(connection.path("totalResults").asInt()).isZero();
    assertThat(connection.path("Resources").isArray()).isTrue();
    assertThat(connection.path("Resources")).isEmpty();
    assertThat(entra.send(scim, "entra-get-user-by-query-zero", Map.of()).json()
        .path("totalResults").asInt()).isZero();

    assertThat(entra.send(scim, "entra-schema-discovery", Map.of()).json().path("Resources")
        .findValuesAsText("id"))
        .contains(BuiltInSchemas.USER, BuiltInSchemas.GROUP, ENTERPRISE);
  }

  @Test
  void defaultJobProvisionsUpdatesDisablesRestoresAndDeletesAUser() {
    Map<String, String> names = Map.of(DOC_NAME_GUID, UUID.randomUUID().toString());
    JsonNode sent = recordedBody(entra, "entra-create-user", names);
    JsonNode created = entra.send(scim, "entra-create-user", names).json();
    String id = created.path("id").asText();
    // The server lists in schemas the extensions a user has values for.
    SentValues.assertKept(sent, user(id), "meta", "schemas");
    assertArrivedOverScim("Users/" + id);
    JsonNode query = entra.send(scim, "entra-get-user-by-query", names).json();
    assertThat(query.path("totalResults").asInt()).isEqualTo(1);
    assertThat(query.path("Resources").get(0).path("id").asText()).isEqualTo(id);
    Map<String, String> ids = userIds(names, id);
    assertThat(entra.send(scim, "entra-get-user", ids).json().path("id").asText())
        .isEqualTo(id);

    entra.send(scim, "entra-patch-user-multivalued", ids);
    JsonNode user = user(id);
    assertThat(user.path("emails").get(0).path("value").asText())
        .isEqualTo("updatedEmail@microsoft.com");
    assertThat(user.path("emails").get(0).path("type").asText()).isEqualTo("work");
    assertThat(user.path("name").path("familyName").asText()).isEqualTo("updatedFamilyName");
    entra.send(scim, "entra-add-single-value-default", ids);
    assertThat(user(id).path("nickName").asText()).isEqualTo("Babs");
    entra.send(scim, "entra-replace-many-default", ids);
    user = user(id);
    assertThat(user.path("displayName").asText()).isEqualTo("Pvlo");
    assertThat(user.path("emails")).hasSize(1);
    assertThat(user.path("emails").get(0).path("value").asText())
        .isEqualTo("TestBcwqnm@test.microsoft.com");
    assertThat(user.path("name").path("givenName").asText()).isEqualTo("Gtfd");
    assertThat(user.path("name").path("familyName").asText()).isEqualTo("Pkqf");
    assertThat(user.path("externalId").asText()).isEqualTo("Eqpj");
    assertThat(user.path(ENTERPRISE).path("employeeNumber").asText()).isEqualTo("Eqpj");

    // Unassigned or soft-deleted in Entra: "False" as a string; the user stays readable.
    entra.send(scim, "entra-disable-user-default", ids);
    assertSoftDeleted(id, "Test_User_" + names.get(DOC_NAME_GUID));
    ScimResponse restored = scim.patch("Users/" + id,
        patch("{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"True\"}"));
    assertThat(restored.status()).as(restored.body()).isEqualTo(200);
    assertThat(user(id).path("active").asBoolean()).isTrue();
    entra.send(scim, "entra-disable-user-doc", ids);
    assertThat(user(id).path("active").asBoolean()).isFalse();

    entra.send(scim, "entra-patch-user-userName", ids);
    assertThat(user(id).path("userName").asText())
        .isEqualTo("5b50642d-79fc-4410-9e90-4c077cdd1a59@testuser.com");
    assertArrivedOverScim("Users/" + id);

    // Hard delete: gone for reads and for the matching query.
    entra.send(scim, "entra-delete-user", ids);
    assertError(entra.send(scim, "entra-get-user-404", ids), 404);
    assertThat(entra.send(scim, "entra-get-user-by-query", names).json()
        .path("totalResults").asInt()).isZero();
  }

  @Test
  void flaggedJobUpdatesWithLowerCaseOpsAndPathKeyedValues() {
    Map<String, String> names = Map.of(DOC_NAME_GUID, UUID.randomUUID().toString());
    String id = entra.send(scim, "entra-create-user", names).json().path("id").asText();
    Map<String, String> ids = userIds(names, id);

    entraExtra.send(scim, "entra-add-single-value-flag", ids);
    assertThat(user(id).path("nickName").asText()).isEqualTo("Babs");
    entra.send(scim, "entra-replace-many-flag", ids);
    JsonNode user = user(id);
    assertThat(user.path("emails")).hasSize(1);
    assertThat(user.path("emails").get(0).path("value").asText())
        .isEqualTo("TestMhvaes@test.microsoft.com");
    assertThat(user.path("displayName").asText()).isEqualTo("Bjfe");
    assertThat(user.path("name").path("givenName").asText()).isEqualTo("Kkom");
    assertThat(user.path("name").path("familyName").asText()).isEqualTo("Unua");
    assertThat(user.path(ENTERPRISE).path("employeeNumber").asText()).isEqualTo("Aklq");
    // The dotted keys are paths: no attribute literally named "name.givenName" appears.
    assertThat(user.has("name.givenName")).isFalse();
    entra.send(scim, "entra-extension-no-path-replace", ids);
    assertThat(user(id).path(ENTERPRISE).path("employeeNumber").asText()).isEqualTo("1111");
    assertThat(user(id).path(ENTERPRISE).path("costCenter").asText()).isEqualTo("2222");

    entra.send(scim, "entra-disable-user-flag", ids);
    assertSoftDeleted(id, "Test_User_" + names.get(DOC_NAME_GUID));
    ScimResponse restored = scim.patch("Users/" + id,
        patch("{\"op\":\"replace\",\"path\":\"active\",\"value\":true}"));
    assertThat(restored.status()).as(restored.body()).isEqualTo(200);
    assertThat(user(id).path("active").asBoolean()).isTrue();
  }

  @Test
  void managerArrivesInEveryShapeAndCanBeCleared() {
    String id = createUser(uniqueName("entra.report"));
    String manager = createUser(uniqueName("entra.manager"));
    Map<String, String> ids = userIds(Map.of(), id);

    entra.send(scim, "entra-manager-add-doc",
        Map.of("a0a0a0a0-bbbb-cccc-dddd-e1e1e1e1e1e1", id, DOC_NAME_GUID, manager));
    assertThat(manager(id).path("value").asText()).isEqualTo(manager);
    entra.send(scim, "entra-manager-add-string", ids);
    assertThat(manager(id).path("value").asText()).isEqualTo("271");
    patchOk("Users/" + id, "{\"op\":\"Replace\",\"path\":\"" + ENTERPRISE
        + ":manager\",\"value\":{\"value\":\"" + manager + "\"}}");
    assertThat(manager(id).path("value").asText()).isEqualTo(manager);

    // The Logic App's manager test: replacing with an empty value removes the manager.
    patchOk("Users/" + id, "{\"op\":\"Replace\",\"path\":\"" + ENTERPRISE
        + ":manager\",\"value\":\"\"}");
    assertThat(manager(id).isMissingNode()).isTrue();
    entra.send(scim, "entra-manager-add-string", ids);
    patchOk("Users/" + id, "{\"op\":\"Replace\",\"path\":\"manager\",\"value\":null}");
    assertThat(manager(id).isMissingNode()).isTrue();
  }

  @Test
  void valueFilterAddsCreateTheElementAndStringifiedRolesAreKept() {
    ScimResponse homeOnly = scim.post("Users", """
        {"schemas":["%s"],"userName":"%s","emails":[{"type":"home","value":"home@example.com"}]}
        """.formatted(BuiltInSchemas.USER, uniqueName("entra.filter")));
    String id = homeOnly.json().path("id").asText();
    Map<String, String> ids = userIds(Map.of(), id);

    entra.send(scim, "entra-add-emails-filter-path", ids);
    JsonNode emails = user(id).path("emails");
    assertThat(emails).hasSize(2);
    assertThat(emails.findParents("type").stream()
        .filter(email -> email.path("type").asText().equals("work"))
        .map(email -> email.path("value").asText())).containsExactly("max@mustermann.de");
    entra.send(scim, "entra-add-address-subattrs", ids);
    JsonNode addresses = user(id).path("addresses");
    assertThat(addresses).hasSize(1);
    assertThat(addresses.get(0).path("type").asText()).isEqualTo("work");
    assertThat(addresses.get(0).path("formatted").asText()).isEqualTo("USZLTUSJXBYV");
    assertThat(addresses.get(0).path("locality").asText()).isEqualTo("OSGODHEVDCVD");
    assertThat(addresses.get(0).path("region").asText()).isEqualTo("YMVMOEMXAYGD");

    entraExtra.send(scim, "entra-roles-stringified-json", ids);
    JsonNode sentRoles = recordedBody(entraExtra, "entra-roles-stringified-json", Map.of())
        .path("Operations").get(0).path("value");
    assertThat(user(id).path("roles")).isEqualTo(sentRoles);
  }

  @Test
  void nullValuedAttributesAndAMisspelledSchemaUrnAreTolerated() {
    JsonNode sent = recordedBody(entra, "entra-create-user-with-nulls", Map.of());
    ScimResponse created = entra.send(scim, "entra-create-user-with-nulls", Map.of());
    JsonNode user = user(created.json().path("id").asText());
    SentValues.assertKept(sent, user, "meta", "schemas");
    assertThat(user.has("addresses")).isFalse();
    assertThat(user.has("title")).isFalse();
    assertThat(user.path("schemas").toString()).doesNotContain("2.0User\"");

    // Matching on externalId: Entra quotes the value; Microsoft's example writes it unquoted,
    // which RFC 7644 does not allow and the example tolerates (unquotedFilterValues).
    assertThat(read("Users?filter=" + ScimClient.encode("externalId eq \"jyoung\""))
        .path("Resources").findValuesAsText("id")).containsExactly(user.path("id").asText());
    assertThat(read("Users?filter="
        + entraExtra.request("entra-get-user-by-externalId-unquoted").path("query").asText()
            .substring("filter=".length()).replace(" ", "%20"))
        .path("Resources").findValuesAsText("id")).containsExactly(user.path("id").asText());
  }

  @Test
  void defaultJobProvisionsAGroupAndChangesMembersOneByOne() {
    String first = createUser(uniqueName("entra.member1"));
    String second = createUser(uniqueName("entra.member2"));
    JsonNode sent = recordedBody(entra, "entra-create-group", Map.of());
    String groupId = entra.send(scim, "entra-create-group", Map.of()).json().path("id").asText();
    JsonNode group = read("Groups/" + groupId);
    SentValues.assertKept(sent, group, "meta", "schemas");
    assertArrivedOverScim("Groups/" + groupId);
    Map<String, String> ids = groupIds(groupId);

    assertThat(entra.send(scim, "entra-get-group", ids).json().has("members")).isFalse();
    JsonNode byName = entra.send(scim, "entra-get-group-by-displayName", ids).json();
    assertThat(byName.path("totalResults").asInt()).isEqualTo(1);
    assertThat(byName.path("Resources").get(0).has("members")).isFalse();
    ScimResponse renamed = entra.send(scim, "entra-patch-group-displayName", ids);
    assertThat(renamed.body()).isEmpty();
    assertThat(read("Groups/" + groupId).path("displayName").asText())
        .isEqualTo("1879db59-3bdf-4490-ad68-ab880a269474updatedDisplayName");

    entra.send(scim, "entra-group-add-members", with(ids, DOC_MEMBER, first));
    entra.send(scim, "entra-group-add-members", with(ids, DOC_MEMBER, second));
    // Adds are idempotent: a member added again stays one member.
    entra.send(scim, "entra-group-add-members", with(ids, DOC_MEMBER, second));
    assertThat(members(groupId)).containsExactlyInAnyOrder(first, second);
    // "Remove" with a value list removes just those members, not all of them.
    entra.send(scim, "entra-group-remove-members-doc", with(ids, DOC_MEMBER, first));
    assertThat(members(groupId)).containsExactly(second);
    entra.send(scim, "entra-group-remove-members-doc", with(ids, DOC_MEMBER, first));
    assertThat(members(groupId)).containsExactly(second);
    entra.send(scim, "entra-group-remove-member-default", with(ids, "u1091", second));
    assertThat(members(groupId)).isEmpty();

    entra.send(scim, "entra-delete-group", ids);
    assertError(scim.get("Groups/" + groupId), 404);
  }

  @Test
  void flaggedJobRemovesAMemberByValueFilter() {
    String first = createUser(uniqueName("entra.flag1"));
    String second = createUser(uniqueName("entra.flag2"));
    JsonNode created = entra.send(scim, "entra-create-group",
        Map.of("\"displayName\":\"displayName\"", "\"displayName\":\"Flagged group\"")).json();
    String groupId = created.path("id").asText();
    Map<String, String> ids = groupIds(groupId);
    entra.send(scim, "entra-group-add-members", with(ids, DOC_MEMBER, first));
    entra.send(scim, "entra-group-add-members", with(ids, DOC_MEMBER, second));

    entra.send(scim, "entra-group-remove-member-flag",
        with(ids, "7f4bc1a3-285e-48ae-8202-5accb43efb0e", first));

    assertThat(members(groupId)).containsExactly(second);
  }

  /** Soft delete, as Entra requires it: still readable by id and by the matching query. */
  private void assertSoftDeleted(String id, String userName) {
    assertThat(user(id).path("active").asBoolean()).isFalse();
    JsonNode found = usersNamed(userName);
    assertThat(found.path("totalResults").asInt()).isEqualTo(1);
    assertThat(found.path("Resources").get(0).path("active").asBoolean()).isFalse();
  }

  private JsonNode manager(String id) {
    return user(id).path(ENTERPRISE).path("manager");
  }

  private void patchOk(String path, String operation) {
    ScimResponse response = scim.patch(path, patch(operation));
    assertThat(response.status()).as(operation + ": " + response.body()).isIn(200, 204);
  }

  private static Map<String, String> userIds(Map<String, String> names, String id) {
    Map<String, String> ids = new HashMap<>(names);
    DOC_USER_IDS.forEach(docId -> ids.put(docId, id));
    return ids;
  }

  private static Map<String, String> groupIds(String id) {
    Map<String, String> ids = new HashMap<>();
    DOC_GROUP_IDS.forEach(docId -> ids.put(docId, id));
    return ids;
  }
}
