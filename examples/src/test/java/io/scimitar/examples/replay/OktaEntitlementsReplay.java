package io.scimitar.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.jaxrs.support.IdpReplay;
import io.scimitar.jaxrs.support.RunscopeSuite;
import io.scimitar.jaxrs.support.ScimResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Okta Identity Governance against the example server: the Identity Center's permission sets as
 * Okta Entitlements and its roles as Okta Roles. Replays, from {@code idp/okta-entitlements.json},
 * the discovery, listing and assignment requests of Okta's guide "Build a SCIM 2.0 server with
 * entitlements" (https://developer.okta.com/docs/guides/scim-with-entitlements/main/) and its
 * "Okta SCIM 2.0 Entitlements Test" Runscope suite
 * (https://developer.okta.com/standards/SCIM/SCIMFiles/Okta-SCIM-20-Entitlements-Test.json),
 * whose one step, {@code GET {endpoint}?count=1&startIndex=1}, must find a non-empty page of
 * exactly one item on every entitlement endpoint of a freshly started server.
 */
abstract class OktaEntitlementsReplay extends ReplaySuite {
  private static final String ENTITLEMENT_URN = "urn:okta:scim:schemas:core:1.0:Entitlement";
  private static final String ROLE_URN = "urn:okta:scim:schemas:core:1.0:Role";
  /** The id the guide's user example has, replaced by the one the server assigns. */
  private static final String DOC_USER = "2819c223-7f76-453a-919d-413861904646";
  /** The guide's example values, replaced by items of the server's sample catalogue. */
  private static final Map<String, String> DOC_VALUES = Map.of(
      "entitlement123", "ps-read-only", "profile123", "ps-billing", "role123", "role-auditor");

  private final IdpReplay okta = IdpReplay.load("okta-entitlements.json");

  private JsonNode entitlementsOf(String id) {
    return user(id).path("entitlements");
  }

  private static List<String> values(JsonNode grants) {
    return grants.findValuesAsText("value");
  }

  @Test
  void discoveryNamesTheEntitlementAndRoleTypesAsOktaExpects() {
    JsonNode types = okta.send(scim, "okta-oig-resource-types", Map.of()).json();
    assertThat(types.path("schemas").get(0).asText()).isEqualTo(LIST_URN);
    for (JsonNode expected : okta.request("okta-oig-resource-types").path("expect")
        .path("resources_like")) {
      JsonNode found = null;
      for (JsonNode type : types.path("Resources")) {
        if (type.path("id").asText().equals(expected.path("id").asText())) {
          found = type;
        }
      }
      assertThat(found).as("resource type " + expected.path("id")).isNotNull();
      for (String field : List.of("name", "endpoint", "schema")) {
        assertThat(found.path(field).asText()).as(field).isEqualTo(expected.path(field).asText());
      }
      assertThat(found.path("meta").path("location").asText())
          .endsWith("/ResourceTypes/" + expected.path("id").asText());
    }

    JsonNode schemas = okta.send(scim, "okta-oig-schemas", Map.of()).json();
    assertThat(schemas.path("Resources").findValuesAsText("id"))
        .contains(ENTITLEMENT_URN, ROLE_URN, "urn:ietf:params:scim:schemas:core:2.0:User");
  }

  @Test
  void entitlementTestFindsAPageOfOneOnEveryEntitlementEndpoint() {
    for (String endpoint : List.of("/Entitlements", "/Roles")) {
      ObjectNode suite = okta.document().path("runscope_entitlements_test").deepCopy();
      suite.withObject("initial_script_variables").put("EntitlementEndpoint", endpoint);

      int steps = new RunscopeSuite(suite)
          .run(server::clientWithAuthorization, server.authorization());

      assertThat(steps).as(endpoint).isEqualTo(1);
    }
  }

  @Test
  void listingReturnsEveryItemAsTheAdminApiHasIt() {
    JsonNode entitlements = okta.send(scim, "okta-oig-list-entitlements", Map.of()).json();
    JsonNode permissionSets = example().admin("permission-sets");
    assertThat(entitlements.path("totalResults").asInt())
        .isEqualTo(permissionSets.path("totalResults").asInt()).isGreaterThanOrEqualTo(4);
    assertThat(entitlements.path("Resources").findValuesAsText("id"))
        .containsExactlyElementsOf(permissionSets.path("permissionSets").findValuesAsText("id"));
    for (JsonNode item : entitlements.path("Resources")) {
      assertThat(item.path("schemas").toString()).isEqualTo("[\"" + ENTITLEMENT_URN + "\"]");
      assertThat(item.path("displayName").asText()).isNotBlank();
      assertThat(item.path("type").asText()).isEqualTo("PermissionSet");
      assertThat(item.path("meta").path("resourceType").asText()).isEqualTo("Entitlement");
    }
    assertThat(entitlements.path("Resources").findValuesAsText("displayName"))
        .contains("AdministratorAccess", "ReadOnlyAccess");

    JsonNode roles = okta.send(scim, "okta-oig-list-roles", Map.of()).json();
    assertThat(roles.path("Resources").findValuesAsText("id"))
        .containsExactlyElementsOf(example().admin("roles").path("roles").findValuesAsText("id"));
    assertThat(roles.path("Resources").get(0).path("schemas").get(0).asText())
        .isEqualTo(ROLE_URN);
  }

  @Test
  void grantsArriveOnCreatePutAndPatchAndShowOnTheUser() {
    Map<String, String> values = with(DOC_VALUES, "bjensen@example.com",
        uniqueName("oig.user"));
    JsonNode created = okta.send(scim, "okta-oig-create-user-with-grants", values).json();
    String id = created.path("id").asText();
    assertThat(values(created.path("entitlements"))).containsExactly("ps-read-only", "ps-billing");
    assertThat(entitlementsOf(id).get(0).path("display").asText()).isEqualTo("First Entitlement");
    assertThat(values(user(id).path("roles"))).containsExactly("role-auditor");
    JsonNode listed = hostEntry(id);
    assertThat(listed.path("entitlements").toString())
        .isEqualTo("[\"ps-read-only\",\"ps-billing\"]");
    assertThat(listed.path("roles").toString()).isEqualTo("[\"role-auditor\"]");
    assertThat(example().admin("permission-sets/ps-billing").path("users").findValuesAsText("id"))
        .contains(id);

    Map<String, String> ids = with(values, DOC_USER, id);
    okta.send(scim, "okta-oig-put-user-grants", ids);
    assertThat(values(entitlementsOf(id))).containsExactly("ps-read-only");
    assertThat(user(id).has("roles")).isFalse();

    okta.send(scim, "okta-oig-patch-grant-entitlement", ids);
    assertThat(values(entitlementsOf(id))).containsExactly("ps-read-only", "ps-billing");
    okta.send(scim, "okta-oig-patch-revoke-entitlement", ids);
    assertThat(values(entitlementsOf(id))).containsExactly("ps-billing");
    assertThat(hostEntry(id).path("entitlements").toString()).isEqualTo("[\"ps-billing\"]");
  }

  @Test
  void aValueOutsideTheCatalogueIsRefusedAndNamed() {
    Map<String, String> values = with(with(DOC_VALUES, "bjensen@example.com",
        uniqueName("oig.unknown")), "entitlement123", "ps-unheard-of");
    ScimResponse refused = scim.post("Users",
        recordedBody(okta, "okta-oig-create-user-with-grants", values).toString());
    JsonNode error = assertError(refused, 400);
    assertThat(error.path("scimType").asText()).isEqualTo("invalidValue");
    assertThat(error.path("detail").asText()).contains("'ps-unheard-of'");

    String id = createUser(uniqueName("oig.patch"));
    JsonNode patchError = assertError(scim.patch("Users/" + id, patch(
        "{\"op\":\"add\",\"path\":\"roles\",\"value\":[{\"value\":\"ps-billing\"}]}")), 400);
    assertThat(patchError.path("detail").asText())
        .as("a permission set is no role").contains("'ps-billing'");
    assertThat(user(id).has("roles")).isFalse();
  }

  @Test
  void theCatalogueIsReadOnlyOverScim() {
    JsonNode error = assertError(scim.post("Entitlements",
        "{\"schemas\":[\"" + ENTITLEMENT_URN + "\"],\"displayName\":\"Root\"}"), 405);
    assertThat(error.path("detail").asText()).contains("read-only");
    assertThat(scim.delete("Roles/role-owner").header("Allow")).isEqualTo("GET");
    assertThat(read("Roles/role-owner").path("displayName").asText()).isEqualTo("Owner");
  }

  @Test
  void aHeldItemCannotBeDeletedAndAFreedOneDisappears() {
    ScimResponse made = example().adminClient().post("permission-sets",
        "{\"id\":\"ps-temporary\",\"displayName\":\"TemporaryAccess\"}",
        "Content-Type", "application/json");
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    assertThat(read("Entitlements/ps-temporary").path("displayName").asText())
        .isEqualTo("TemporaryAccess");
    String id = createUser(uniqueName("oig.holder"));
    scim.patch("Users/" + id, patch("{\"op\":\"add\",\"path\":\"entitlements\",\"value\":"
        + "[{\"value\":\"ps-temporary\"}]}"));

    ScimResponse held = example().adminClient().delete("permission-sets/ps-temporary");
    assertThat(held.status()).as(held.body()).isEqualTo(409);
    assertThat(held.json().path("assignedUsers").asInt()).isEqualTo(1);
    assertThat(read("Entitlements/ps-temporary").path("id").asText()).isEqualTo("ps-temporary");

    scim.patch("Users/" + id, patch(
        "{\"op\":\"remove\",\"path\":\"entitlements[value eq \\\"ps-temporary\\\"]\"}"));
    ScimResponse freed = example().adminClient().delete("permission-sets/ps-temporary");
    assertThat(freed.status()).as(freed.body()).isEqualTo(204);
    assertError(scim.get("Entitlements/ps-temporary"), 404);
    assertThat(read("Entitlements?count=100").path("Resources").findValuesAsText("id"))
        .doesNotContain("ps-temporary");
    assertThat(example().adminClient().delete("permission-sets/ps-temporary").status())
        .isEqualTo(404);
  }

  /** The user's entry in the host's admin list of users. */
  private JsonNode hostEntry(String id) {
    List<JsonNode> found = new ArrayList<>();
    example().admin("users").path("users").forEach(entry -> {
      if (entry.path("id").asText().equals(id)) {
        found.add(entry);
      }
    });
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  /** The standalone example, whose admin API this suite checks (it runs only against it). */
  private ReplayServer example() {
    return (ReplayServer) server;
  }
}
