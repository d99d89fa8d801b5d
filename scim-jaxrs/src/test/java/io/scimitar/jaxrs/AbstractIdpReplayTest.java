package io.scimitar.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.jaxrs.support.IdpReplay;
import io.scimitar.jaxrs.support.RunscopeSuite;
import io.scimitar.jaxrs.support.ScimResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Okta and Microsoft Entra ID request sequences, replayed from the vendors' documentation (see
 * {@code src/test/resources/idp/README.md}), with the answers the vendors expect
 * ({@code shared/idp/README.md} §1.3 and the §3 checklist).
 */
abstract class AbstractIdpReplayTest extends ScimHttpTestBase {
  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  private final IdpReplay okta = IdpReplay.load("okta.json");
  private final IdpReplay entra = IdpReplay.load("entra-id.json");

  @Test
  void oktaSpecTestSuitePasses() {
    createUser(tenantB, uniqueName("seed"));
    int steps = new RunscopeSuite(okta.document().path("runscope_spec_test"))
        .run(server::clientWithAuthorization, server.authorizationB());
    assertThat(steps).isEqualTo(12);
  }

  @Test
  void oktaUserCreateGetFilterUpdateAndDeactivate() {
    JsonNode connector = okta.send(tenantA, "okta-test-connector-list", Map.of()).json();
    assertThat(connector.path("totalResults").isInt()).isTrue();
    assertThat(connector.path("itemsPerPage").isInt()).isTrue();

    ScimResponse none = okta.send(tenantA, "okta-user-exists-check", Map.of());
    assertThat(none.json()).isEqualTo(okta.request("okta-user-exists-check")
        .path("expect").path("body_if_none"));

    ScimResponse created = okta.send(tenantA, "okta-create-user", Map.of());
    JsonNode user = created.json();
    String id = user.path("id").asText();
    assertThat(id).isNotBlank();
    assertThat(user.has("password")).isFalse();
    assertThat(user.path("externalId").asText()).isEqualTo("00ujl29u0le5T6Aj10h7");
    assertThat(user.path("locale").asText()).isEqualTo("en-US");
    assertThat(user.path("active").asBoolean()).isTrue();

    ScimResponse duplicate = tenantA.post("Users",
        okta.request("okta-create-user").path("body").toString());
    JsonNode conflict = assertError(duplicate, 409, "uniqueness");
    assertThat(conflict.path("detail").asText()).isNotBlank();

    JsonNode found = okta.send(tenantA, "okta-user-exists-check", Map.of()).json();
    assertThat(found.path("totalResults").asInt()).isEqualTo(1);
    assertThat(found.path("Resources").get(0).path("id").asText()).isEqualTo(id);

    Map<String, String> ids = Map.of("23a35c27-23d3-4c03-b4c5-6443c09e7173", id);
    assertThat(okta.send(tenantA, "okta-get-user", ids).json().path("id").asText()).isEqualTo(id);
    JsonNode updated = okta.send(tenantA, "okta-put-user", ids).json();
    assertThat(updated.path("name").path("givenName").asText()).isEqualTo("Another");
    assertThat(updated.path("name").path("middleName").asText()).isEqualTo("Excited");

    okta.send(tenantA, "okta-deactivate-user", ids);
    assertThat(tenantA.get("Users/" + id).json().path("active").asBoolean()).isFalse();
    JsonNode stillFound = okta.send(tenantA, "okta-user-exists-check", Map.of()).json();
    assertThat(stillFound.path("Resources").get(0).path("active").asBoolean()).isFalse();

    okta.send(tenantA, "okta-reactivate-user", ids);
    assertThat(tenantA.get("Users/" + id).json().path("active").asBoolean()).isTrue();

    JsonNode aiw = okta.send(tenantA, "okta-aiw-deactivate-user-put", ids).json();
    assertThat(aiw.path("active").asBoolean()).isFalse();
    assertThat(tenantA.get("Users/" + id).json().path("active").asBoolean()).isFalse();
  }

  @Test
  void oktaGroupPushAndMembership() {
    String first = createUser(tenantA, uniqueName("okta.member1"));
    String second = createUser(tenantA, uniqueName("okta.member2"));
    ScimResponse created = okta.send(tenantA, "okta-create-group", Map.of());
    String groupId = created.json().path("id").asText();
    Map<String, String> ids = Map.of(
        "abf4dd94-a4c0-4f67-89c9-76b03340cb9b", groupId,
        "23a35c27-23d3-4c03-b4c5-6443c09e7173", first,
        "89bb1940-b905-4575-9e7f-6f887cfb368e", second);

    JsonNode byName = okta.send(tenantA, "okta-find-group-by-name", ids).json();
    assertThat(byName.path("totalResults").asInt()).isEqualTo(1);
    assertThat(byName.path("Resources").get(0).path("id").asText()).isEqualTo(groupId);
    assertThat(okta.send(tenantA, "okta-import-groups", ids).json().path("Resources")
        .findValuesAsText("id")).contains(groupId);
    okta.send(tenantA, "okta-headers-observed", ids);
    assertThat(okta.send(tenantA, "okta-get-group", ids).json().path("displayName").asText())
        .isEqualTo("Test SCIMv2");

    okta.send(tenantA, "okta-group-members-replace", ids);
    assertThat(members(groupId)).containsExactlyInAnyOrder(first, second);
    okta.send(tenantA, "okta-group-members-add-remove", ids);
    assertThat(members(groupId)).containsExactly(first);
    okta.send(tenantA, "okta-rename-group", ids);
    assertThat(members(groupId)).containsExactly(first);
    okta.send(tenantA, "okta-group-members-replace", ids);
    okta.send(tenantA, "okta-aiw-group-put", ids);
    assertThat(members(groupId)).containsExactly(first);
    assertThat(tenantA.get("Users/" + first).json().path("groups").findValuesAsText("value"))
        .containsExactly(groupId);

    okta.send(tenantA, "okta-delete-group", ids);
    assertError(tenantA.get("Groups/" + groupId), 404, null);
  }

  @Test
  void entraUserProvisioningSequence() {
    Map<String, String> guid = Map.of("<random GUID>", UUID.randomUUID().toString());
    JsonNode connection = entra.send(tenantA, "entra-test-connection", guid).json();
    assertThat(connection.path("totalResults").asInt()).isZero();
    assertThat(connection.path("Resources")).isEmpty();
    assertThat(entra.send(tenantA, "entra-schema-discovery", Map.of()).json().path("Resources")
        .findValuesAsText("id")).contains(USER_URN, GROUP_URN, ENTERPRISE);
    assertThat(entra.send(tenantA, "entra-get-user-by-query-zero", Map.of()).json()
        .path("totalResults").asInt()).isZero();

    JsonNode created = entra.send(tenantA, "entra-create-user", Map.of()).json();
    String id = created.path("id").asText();
    assertThat(created.path("externalId").asText())
        .isEqualTo("0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef");
    JsonNode query = entra.send(tenantA, "entra-get-user-by-query", Map.of()).json();
    assertThat(query.path("totalResults").asInt()).isEqualTo(1);
    assertThat(query.path("Resources").get(0).path("id").asText()).isEqualTo(id);

    Map<String, String> ids = Map.of("5d48a0a8e9f04aa38008", id, "6764549bef60420686bc", id,
        "5171a35d82074e068ce2", id, "{id}", id);
    assertThat(entra.send(tenantA, "entra-get-user", ids).json().path("id").asText()).isEqualTo(id);

    entra.send(tenantA, "entra-patch-user-multivalued", ids);
    JsonNode user = user(id);
    assertThat(user.path("emails").get(0).path("value").asText())
        .isEqualTo("updatedEmail@microsoft.com");
    assertThat(user.path("name").path("familyName").asText()).isEqualTo("updatedFamilyName");

    entra.send(tenantA, "entra-disable-user-doc", ids);
    assertThat(user(id).path("active").asBoolean()).isFalse();
    reactivate(id);
    entra.send(tenantA, "entra-disable-user-default", ids);
    assertThat(user(id).path("active").asBoolean()).isFalse();
    reactivate(id);
    entra.send(tenantA, "entra-disable-user-flag", ids);
    assertThat(user(id).path("active").asBoolean()).isFalse();

    entra.send(tenantA, "entra-add-single-value-default", ids);
    assertThat(user(id).path("nickName").asText()).isEqualTo("Babs");

    entra.send(tenantA, "entra-replace-many-default", ids);
    user = user(id);
    assertThat(user.path("displayName").asText()).isEqualTo("Pvlo");
    assertThat(user.path("externalId").asText()).isEqualTo("Eqpj");
    assertThat(user.path("name").path("givenName").asText()).isEqualTo("Gtfd");
    assertThat(user.path(ENTERPRISE).path("employeeNumber").asText()).isEqualTo("Eqpj");
    assertThat(user.path("emails").get(0).path("value").asText())
        .isEqualTo("TestBcwqnm@test.microsoft.com");

    entra.send(tenantA, "entra-replace-many-flag", ids);
    user = user(id);
    assertThat(user.path("displayName").asText()).isEqualTo("Bjfe");
    assertThat(user.path("name").path("givenName").asText()).isEqualTo("Kkom");
    assertThat(user.path("name").path("familyName").asText()).isEqualTo("Unua");
    assertThat(user.path(ENTERPRISE).path("employeeNumber").asText()).isEqualTo("Aklq");

    entra.send(tenantA, "entra-extension-no-path-replace", ids);
    assertThat(user(id).path(ENTERPRISE).path("costCenter").asText()).isEqualTo("2222");

    String manager = createUser(tenantA, uniqueName("manager"));
    entra.send(tenantA, "entra-manager-add-doc", Map.of(
        "a0a0a0a0-bbbb-cccc-dddd-e1e1e1e1e1e1", id,
        "00aa00aa-bb11-cc22-dd33-44ee44ee44ee", manager));
    assertThat(user(id).path(ENTERPRISE).path("manager").path("value").asText())
        .isEqualTo(manager);
    entra.send(tenantA, "entra-manager-add-string", ids);
    assertThat(user(id).path(ENTERPRISE).path("manager").path("value").asText()).isEqualTo("271");

    entra.send(tenantA, "entra-patch-user-userName", ids);
    assertThat(user(id).path("userName").asText())
        .isEqualTo("5b50642d-79fc-4410-9e90-4c077cdd1a59@testuser.com");

    entra.send(tenantA, "entra-delete-user", ids);
    JsonNode gone = assertError(entra.send(tenantA, "entra-get-user-404", ids), 404, null);
    assertThat(gone.path("status").asText()).isEqualTo("404");
    assertThat(entra.send(tenantA, "entra-get-user-by-query", Map.of()).json()
        .path("totalResults").asInt()).isZero();
  }

  @Test
  void entraValueFilterAddsAndNullTolerantCreate() {
    ScimResponse noWorkEmail = tenantA.post("Users", """
        {"schemas":["%s"],"userName":"%s","emails":[{"type":"home","value":"home@example.com"}]}
        """.formatted(USER_URN, uniqueName("entra.filter")));
    String id = noWorkEmail.json().path("id").asText();
    Map<String, String> ids = Map.of("{id}", id);

    entra.send(tenantA, "entra-add-emails-filter-path", ids);
    JsonNode emails = user(id).path("emails");
    assertThat(emails).hasSize(2);
    assertThat(emails.findParents("type").stream()
        .filter(email -> email.path("type").asText().equals("work"))
        .map(email -> email.path("value").asText())).containsExactly("max@mustermann.de");

    entra.send(tenantA, "entra-add-address-subattrs", ids);
    JsonNode addresses = user(id).path("addresses");
    assertThat(addresses).hasSize(1);
    assertThat(addresses.get(0).path("type").asText()).isEqualTo("work");
    assertThat(addresses.get(0).path("locality").asText()).isEqualTo("OSGODHEVDCVD");
    assertThat(addresses.get(0).path("region").asText()).isEqualTo("YMVMOEMXAYGD");

    ScimResponse nulls = tenantA.post("Users",
        entra.request("entra-create-user-with-nulls").path("body").toString());
    assertThat(nulls.status()).as(nulls.body()).isEqualTo(201);
    assertThat(nulls.json().has("addresses")).isFalse();
    assertThat(nulls.json().has("title")).isFalse();
    assertThat(nulls.json().path("displayName").asText()).isEqualTo("Joy Young");
  }

  @Test
  void entraGroupSequence() {
    String first = createUser(tenantA, uniqueName("entra.member1"));
    String second = createUser(tenantA, uniqueName("entra.member2"));
    JsonNode created = entra.send(tenantA, "entra-create-group", Map.of()).json();
    String groupId = created.path("id").asText();
    assertThat(created.path("externalId").asText())
        .isEqualTo("8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159");

    Map<String, String> ids = Map.of("40734ae655284ad3abcc", groupId,
        "fa2ce26709934589afc5", groupId, "a99962b9f99d4c4fac67", groupId,
        "cdb1ce18f65944079d37", groupId, "{id}", groupId);
    assertThat(entra.send(tenantA, "entra-get-group", ids).json().has("members")).isFalse();
    JsonNode byName = entra.send(tenantA, "entra-get-group-by-displayName", ids).json();
    assertThat(byName.path("totalResults").asInt()).isEqualTo(1);
    assertThat(byName.path("Resources").get(0).has("members")).isFalse();

    ScimResponse renamed = entra.send(tenantA, "entra-patch-group-displayName", ids);
    assertThat(renamed.body()).isEmpty();
    assertThat(tenantA.get("Groups/" + groupId).json().path("displayName").asText())
        .isEqualTo("1879db59-3bdf-4490-ad68-ab880a269474updatedDisplayName");

    entra.send(tenantA, "entra-group-add-members", with(ids, "f648f8d5ea4e4cd38e9c", first));
    entra.send(tenantA, "entra-group-add-members", with(ids, "f648f8d5ea4e4cd38e9c", second));
    entra.send(tenantA, "entra-group-add-members", with(ids, "f648f8d5ea4e4cd38e9c", second));
    assertThat(members(groupId)).containsExactlyInAnyOrder(first, second);
    entra.send(tenantA, "entra-group-remove-members-doc", with(ids, "f648f8d5ea4e4cd38e9c", first));
    assertThat(members(groupId)).containsExactly(second);
    entra.send(tenantA, "entra-group-remove-member-default", with(ids, "u1091", second));
    assertThat(members(groupId)).isEmpty();
    entra.send(tenantA, "entra-group-add-members", with(ids, "f648f8d5ea4e4cd38e9c", first));
    entra.send(tenantA, "entra-group-remove-member-flag",
        with(ids, "7f4bc1a3-285e-48ae-8202-5accb43efb0e", first));
    assertThat(members(groupId)).isEmpty();

    entra.send(tenantA, "entra-delete-group", ids);
    assertError(tenantA.get("Groups/" + groupId), 404, null);
  }

  private JsonNode user(String id) {
    ScimResponse response = tenantA.get("Users/" + id);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private List<String> members(String groupId) {
    return tenantA.get("Groups/" + groupId).json().path("members").findValuesAsText("value");
  }

  private void reactivate(String id) {
    assertThat(tenantA.patch("Users/" + id,
        patchJson("{\"op\":\"replace\",\"path\":\"active\",\"value\":true}")).status())
        .isEqualTo(200);
  }

  private static Map<String, String> with(Map<String, String> ids, String key, String value) {
    Map<String, String> copy = new HashMap<>(ids);
    copy.put(key, value);
    return copy;
  }
}
