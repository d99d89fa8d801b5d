package io.scimitar.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.jaxrs.support.IdpReplay;
import io.scimitar.jaxrs.support.RunscopeSuite;
import io.scimitar.jaxrs.support.ScimResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Okta against the example server: its SCIM 2.0 SPEC test, the checks of its CRUD test, and the
 * requests of its two kinds of app — catalogue (OIN) apps, which update profiles with PUT and
 * deactivate with a no-path PATCH, and custom (App Integration Wizard) apps, which send every
 * change as a PUT. Requests are replayed from {@code idp/okta.json} (and
 * {@code idp/okta-extra.json}) with Okta's headers, only the example ids and names replaced.
 */
public abstract class OktaReplay extends ReplaySuite {
  private static final String USER_AGENT = "Okta SCIM Client 1.0.0";
  /** The ids Okta's documentation uses, replaced by the ones the server assigns. */
  private static final String DOC_USER = "23a35c27-23d3-4c03-b4c5-6443c09e7173";
  private static final String DOC_SECOND_USER = "89bb1940-b905-4575-9e7f-6f887cfb368e";
  private static final String DOC_GROUP = "abf4dd94-a4c0-4f67-89c9-76b03340cb9b";
  private static final String DOC_COMMUNITY_GROUP = "47381c23-a95a-4341-b653-8674c974805b";
  private static final String DOC_COMMUNITY_USER = "2900df44-a197-4ca6-bad2-3c1b5641ac8e";
  private static final String DOC_USER_NAME = "test.user";
  private static final int IMPORT_PAGE = 100;

  private final IdpReplay okta = IdpReplay.load("okta.json");
  private final IdpReplay oktaExtra = IdpReplay.load("okta-extra.json");

  @Test
  void specTestPassesAllTwelveSteps() {
    createUser(uniqueName("spec.seed"));

    int steps = new RunscopeSuite(okta.document().path("runscope_spec_test"))
        .run(server::clientWithAuthorization, server.authorization());

    assertThat(steps).isEqualTo(12);
    // Step 9 only asserts 200; what it is named for is that the user is found.
    String userName = uniqueName("Case.Check");
    String id = createUser(userName);
    JsonNode upper = usersNamed(userName.toUpperCase(Locale.ROOT));
    assertThat(upper.path("totalResults").asInt()).isEqualTo(1);
    assertThat(upper.path("Resources").get(0).path("id").asText()).isEqualTo(id);
  }

  @Test
  void catalogueAppProvisionsUpdatesDeactivatesAndReactivates() {
    Map<String, String> names = Map.of(DOC_USER_NAME, "oin.user");
    JsonNode none = okta.send(scim, "okta-user-exists-check", names).json();
    assertThat(none).isEqualTo(
        okta.request("okta-user-exists-check").path("expect").path("body_if_none"));

    JsonNode sent = recordedBody(okta, "okta-create-user", names);
    JsonNode created = okta.send(scim, "okta-create-user", names).json();
    String id = created.path("id").asText();
    assertThat(id).isNotBlank();
    assertThat(created.path("meta").path("resourceType").asText()).isEqualTo("User");
    assertThat(created.has("password")).isFalse();
    SentValues.assertKept(sent, created, "password", "groups");
    SentValues.assertKept(sent, user(id), "password", "groups");
    assertProvenance("Users/" + id, USER_AGENT);
    assertListedByTheHostAsImported(id);

    // Adds are idempotent: the same create, in any letter case, finds the user taken.
    assertError(scim.post("Users", sent.toString()), 409);
    assertError(scim.post("Users",
        sent.toString().replace("oin.user@", "OIN.User@")), 409);
    JsonNode found = okta.send(scim, "okta-user-exists-check", names).json();
    assertThat(found.path("totalResults").asInt()).isEqualTo(1);
    assertThat(found.path("Resources").get(0).path("id").asText()).isEqualTo(id);

    Map<String, String> ids = with(names, DOC_USER, id);
    JsonNode fetched = okta.send(scim, "okta-get-user", ids).json();
    JsonNode put = okta.send(scim, "okta-put-user", ids).json();
    assertThat(put.path("name").path("givenName").asText()).isEqualTo("Another");
    SentValues.assertKept(recordedBody(okta, "okta-put-user", ids), user(id), "groups", "meta");
    // PUT replaces: what the body left out (locale, displayName, externalId) is gone.
    assertThat(fetched.has("locale")).isTrue();
    assertThat(user(id).has("locale")).isFalse();
    assertThat(user(id).has("externalId")).isFalse();

    okta.send(scim, "okta-deactivate-user", ids);
    assertStillReadable(id, "oin.user@okta.local", false);
    okta.send(scim, "okta-reactivate-user", ids);
    assertStillReadable(id, "oin.user@okta.local", true);
    assertThat(usersNamed("oin.user@okta.local").path("totalResults").asInt()).isEqualTo(1);
    assertProvenance("Users/" + id, USER_AGENT);
  }

  @Test
  void customAppSendsEveryChangeAsPut() {
    Map<String, String> names = Map.of(DOC_USER_NAME, "aiw.user");
    JsonNode sent = recordedBody(oktaExtra, "okta-create-user-no-externalId", names);
    String id = oktaExtra.send(scim, "okta-create-user-no-externalId", names).json()
        .path("id").asText();
    SentValues.assertKept(sent, user(id), "password", "groups");
    Map<String, String> ids = with(names, DOC_USER, id);

    okta.send(scim, "okta-put-user", ids);
    assertThat(user(id).path("name").path("middleName").asText()).isEqualTo("Excited");

    // Unassigning the app: a PUT with active false (and an emptied middle name).
    JsonNode deactivated = okta.send(scim, "okta-aiw-deactivate-user-put", ids).json();
    assertThat(deactivated.path("active").asBoolean()).isFalse();
    SentValues.assertKept(recordedBody(okta, "okta-aiw-deactivate-user-put", ids), user(id),
        "groups", "meta");
    assertThat(user(id).path("name").path("middleName").asText()).isEmpty();
    assertStillReadable(id, "aiw.user@okta.local", false);

    // Re-assigning: Okta finds the user by name and PUTs it active again; nothing is duplicated.
    ObjectNode reactivate = recordedBody(okta, "okta-aiw-deactivate-user-put", ids);
    reactivate.put("active", true);
    ScimResponse again = scim.put("Users/" + id, reactivate.toString(),
        "User-Agent", USER_AGENT);
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertStillReadable(id, "aiw.user@okta.local", true);
    assertThat(usersNamed("aiw.user@okta.local").path("totalResults").asInt()).isEqualTo(1);
  }

  @Test
  void importPagesThroughEveryUserOnceInAStableOrder() {
    List<String> created = new ArrayList<>();
    for (int i = 0; i < IMPORT_PAGE + 5; i++) {
      created.add(createUser(uniqueName("import" + i)));
    }
    // Deactivated users are still listed; Okta itself skips them.
    scim.patch("Users/" + created.get(0),
        patch("{\"op\":\"replace\",\"value\":{\"active\":false}}"));

    JsonNode connector = okta.send(scim, "okta-test-connector-list", Map.of()).json();
    assertThat(connector.path("schemas").get(0).asText()).isEqualTo(LIST_URN);
    assertThat(connector.path("Resources")).hasSize(2);
    JsonNode first = oktaExtra.send(scim, "okta-import-users-page1", Map.of()).json();
    assertThat(first.path("Resources")).hasSize(IMPORT_PAGE);

    List<String> byHundreds = importAll(IMPORT_PAGE);
    assertThat(new HashSet<>(byHundreds)).hasSameSizeAs(byHundreds).containsAll(created);
    assertThat(importAll(7)).isEqualTo(byHundreds);
  }

  @Test
  void catalogueAppPushesGroupsAndMembershipDeltas() {
    String first = createUser(uniqueName("oin.member1"));
    String second = createUser(uniqueName("oin.member2"));
    JsonNode created = okta.send(scim, "okta-create-group", Map.of()).json();
    String groupId = created.path("id").asText();
    assertThat(created).isEqualTo(read("Groups/" + groupId));
    assertProvenance("Groups/" + groupId, USER_AGENT);
    Map<String, String> ids = Map.of(DOC_GROUP, groupId, DOC_USER, first,
        DOC_SECOND_USER, second, DOC_COMMUNITY_GROUP, groupId, DOC_COMMUNITY_USER, second);

    JsonNode byName = okta.send(scim, "okta-find-group-by-name", ids).json();
    assertThat(byName.path("totalResults").asInt()).isEqualTo(1);
    assertThat(byName.path("Resources").get(0).path("id").asText()).isEqualTo(groupId);
    assertThat(okta.send(scim, "okta-import-groups", ids).json().path("Resources")
        .findValuesAsText("id")).contains(groupId);
    okta.send(scim, "okta-headers-observed", ids);

    okta.send(scim, "okta-group-members-replace", ids);
    assertThat(members(groupId)).containsExactlyInAnyOrder(first, second);
    okta.send(scim, "okta-group-members-add-remove", ids);
    assertThat(members(groupId)).containsExactly(first);
    // Sent with every membership change: a rename carrying the group's own id.
    okta.send(scim, "okta-rename-group", ids);
    assertThat(members(groupId)).containsExactly(first);
    assertThat(read("Groups/" + groupId).path("displayName").asText()).isEqualTo("Test SCIMv2");
    // Adds are idempotent: the same member added twice is one member.
    oktaExtra.send(scim, "okta-okta-community-add-member-no-type", ids);
    oktaExtra.send(scim, "okta-okta-community-add-member-no-type", ids);
    assertThat(members(groupId)).containsExactlyInAnyOrder(first, second);
    assertThat(user(second).path("groups").findValuesAsText("value")).containsExactly(groupId);

    okta.send(scim, "okta-delete-group", ids);
    assertError(scim.get("Groups/" + groupId), 404);
    assertThat(user(first).path("groups").findValuesAsText("value")).isEmpty();
  }

  @Test
  void customAppPushesGroupsWithPut() {
    String first = createUser(uniqueName("aiw.member1"));
    String second = createUser(uniqueName("aiw.member2"));
    ScimResponse created = scim.post("Groups",
        recordedBody(okta, "okta-create-group", Map.of("Test SCIMv2", "AIW group")).toString(),
        "User-Agent", USER_AGENT);
    String groupId = created.json().path("id").asText();
    Map<String, String> ids = Map.of(DOC_GROUP, groupId, DOC_USER, first,
        "Test SCIMv2", "AIW group");

    JsonNode put = okta.send(scim, "okta-aiw-group-put", ids).json();
    assertThat(put.path("members").findValuesAsText("value")).containsExactly(first);
    // A member's display is read-only in the Group schema: what a client sends there is ignored.
    SentValues.assertKept(recordedBody(okta, "okta-aiw-group-put", ids), read("Groups/" + groupId),
        "members.display");
    okta.send(scim, "okta-aiw-group-put", with(ids, DOC_USER, second));
    assertThat(members(groupId)).containsExactly(second);
    assertThat(user(first).path("groups")).isEmpty();
    assertThat(user(second).path("groups").findValuesAsText("value")).containsExactly(groupId);
  }

  /** The CRUD test's checks after each Okta action: the user stays readable, never 404. */
  private void assertStillReadable(String id, String userName, boolean active) {
    JsonNode user = user(id);
    assertThat(user.path("active").isBoolean()).isTrue();
    assertThat(user.path("active").asBoolean()).isEqualTo(active);
    JsonNode found = usersNamed(userName);
    assertThat(found.path("totalResults").asInt()).isEqualTo(1);
    JsonNode listed = found.path("Resources").get(0);
    assertThat(listed.path("active").asBoolean()).isEqualTo(active);
    assertThat(listed.path("emails").get(0).path("value").asText()).isEqualTo(userName);
    assertThat(listed.path("name").path("familyName").asText()).isEqualTo("User");
  }

  /** The host's own API lists the user as provisioned over SCIM with the key. */
  private void assertListedByTheHostAsImported(String id) {
    JsonNode listed = null;
    for (JsonNode user : server.hostUsers()) {
      if (user.path("id").asText().equals(id)) {
        listed = user;
      }
    }
    assertThat(listed).as("admin users list " + id).isNotNull();
    assertThat(listed.path("origin").asText()).isEqualTo("scim");
    assertThat(listed.path("createdBy").asText()).isEqualTo(server.keyId());
  }

  /** Okta's import: pages of {@code count} from startIndex 1 until totalResults is reached. */
  private List<String> importAll(int count) {
    List<String> ids = new ArrayList<>();
    int total = Integer.MAX_VALUE;
    for (int start = 1; start - 1 < total; start += count) {
      JsonNode page = read("Users?startIndex=" + start + "&count=" + count);
      assertThat(page.path("totalResults").isInt()).isTrue();
      assertThat(page.path("startIndex").isInt()).isTrue();
      assertThat(page.path("itemsPerPage").isInt()).isTrue();
      assertThat(page.path("startIndex").asInt()).isEqualTo(start);
      assertThat(page.path("itemsPerPage").asInt()).isEqualTo(page.path("Resources").size());
      total = page.path("totalResults").asInt();
      page.path("Resources").forEach(user -> ids.add(user.path("id").asText()));
    }
    assertThat(ids).hasSize(total);
    return ids;
  }
}
