package io.scimitar.examples.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.examples.ExampleOptions;
import io.scimitar.examples.ExampleServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin API for users and groups that the console calls, over real HTTP: cursor pages,
 * prefix search, the source of each resource, the read-only rule while sync is on, nested groups
 * and members page by page.
 */
class ConsoleDirectoryTest {
  private static final String ADMIN = "admin-directory-test-0123456789abcdef";
  private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  private final Http http = new Http();
  private ExampleServer server;
  private OktaClient okta;

  @BeforeEach
  void start() throws Exception {
    server = ExampleServer.start(ExampleOptions.parse("--port", "0", "--store", "memory",
        "--admin-token", ADMIN, "--key-dir", System.getProperty("java.io.tmpdir")),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    okta = new OktaClient(server.scimBaseUrl(),
        server.keys().create(ExampleServer.TENANT).token());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Http.Answer admin(String method, String path, String body) {
    return http.bearer(method, server.adminBaseUrl() + path, ADMIN, body);
  }

  private String createUser(String userName) {
    Http.Answer created = admin("POST", "/users", "{\"userName\":\"" + userName + "\","
        + "\"emails\":[{\"value\":\"" + userName + "\",\"primary\":true}]}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("id").asText();
  }

  @Test
  void listsPageByCursorAndSearchByPrefix() {
    for (int i = 0; i < 5; i++) {
      createUser("user" + i + "@example.com");
    }
    okta.provisionUser("zed@example.com", "Zed", "Okta");

    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page = admin("GET", "/users?count=2"
          + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)),
          null).json();
      assertThat(page.path("totalResults").asInt()).isEqualTo(6);
      assertThat(page.path("users").size()).isLessThanOrEqualTo(2);
      page.path("users").forEach(user -> seen.add(user.path("userName").asText()));
      cursor = page.path("nextCursor").asText(null);
      pages++;
    } while (cursor != null);
    assertThat(pages).isEqualTo(3);
    assertThat(seen).hasSize(6).doesNotHaveDuplicates().isSorted();

    JsonNode found = admin("GET", "/users?search=ZED", null).json();
    assertThat(found.path("totalResults").asInt()).isEqualTo(1);
    JsonNode zed = found.path("users").get(0);
    assertThat(zed.path("displayName").asText()).isEqualTo("Zed Okta (Okta)");
    assertThat(zed.path("email").asText()).isEqualTo("zed@example.com");
    assertThat(zed.path("source").asText()).isEqualTo("EXTERNAL_IMPORT");
    assertThat(zed.path("origin").asText()).isEqualTo("scim");
    JsonNode manual = admin("GET", "/users?search=user3", null).json().path("users").get(0);
    assertThat(manual.path("source").asText()).isEqualTo("MANUAL");
    assertThat(manual.path("createdBy").asText()).isEqualTo(ResourceSource.ADMIN_PRINCIPAL);
    assertThat(admin("GET", "/users?search=" + URLEncoder.encode("a\" or userName pr",
        StandardCharsets.UTF_8), null).json().path("totalResults").asInt()).isZero();
    assertThat(admin("GET", "/users?cursor=garbage", null).status()).isEqualTo(400);
  }

  @Test
  void importedResourcesAreReadOnlyWhileSyncIsOnAndManualOnesAreNot() {
    String imported = okta.provisionUser("ada@example.com", "Ada", "Lovelace");
    String manual = createUser("grace@example.com");
    String rename = "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[{\"op\":\"replace\","
        + "\"path\":\"displayName\",\"value\":\"Renamed\"}]}";

    JsonNode described = admin("GET", "/users/" + imported, null).json();
    assertThat(described.path("source").asText()).isEqualTo("EXTERNAL_IMPORT");
    assertThat(described.path("readOnly").asBoolean()).isTrue();
    assertThat(described.path("readOnlyReason").asText()).contains("identity provider");
    Http.Answer refused = admin("PATCH", "/users/" + imported, rename);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().path("error").asText()).contains("While SCIM synchronization");
    assertThat(admin("DELETE", "/users/" + imported, null).status()).isEqualTo(409);

    Http.Answer edited = admin("PATCH", "/users/" + manual, rename);
    assertThat(edited.status()).isEqualTo(200);
    assertThat(edited.json().path("resource").path("displayName").asText()).isEqualTo("Renamed");
    assertThat(edited.json().path("source").asText()).isEqualTo("MANUAL");

    admin("PUT", "/sync", "{\"enabled\":false}");
    assertThat(admin("GET", "/users/" + imported, null).json().path("readOnly").asBoolean())
        .isFalse();
    assertThat(admin("PATCH", "/users/" + imported, rename).status()).isEqualTo(200);
    assertThat(admin("GET", "/users/" + imported, null).json().path("source").asText())
        .as("an edit in the console does not change where a user came from")
        .isEqualTo("EXTERNAL_IMPORT");
    assertThat(admin("DELETE", "/users/" + manual, null).status()).isEqualTo(204);
    assertThat(admin("GET", "/users/" + manual, null).status()).isEqualTo(404);
  }

  @Test
  void aUserPageShowsDirectAndNestedGroupsAndAGroupPagesItsMembers() {
    String ada = okta.provisionUser("ada@example.com", "Ada", "Lovelace");
    String team = okta.pushGroup("Analysts", ada, "ada@example.com");
    String division = okta.pushGroup("Research", team, "Analysts");
    okta.pushGroup("Everyone", division, "Research");
    for (int i = 0; i < 3; i++) {
      String member = createUser("member" + i + "@example.com");
      okta.send("PATCH", "/Groups/" + team, "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":"
          + "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + member + "\"}]}]}");
    }

    JsonNode groups = admin("GET", "/users/" + ada, null).json().path("groups");
    assertThat(groups).hasSize(3);
    assertThat(groups.get(0).path("displayName").asText()).isEqualTo("Analysts");
    assertThat(groups.get(0).path("membership").asText()).isEqualTo("direct");
    assertThat(groups.get(1).path("displayName").asText()).isEqualTo("Research");
    assertThat(groups.get(1).path("membership").asText()).isEqualTo("nested");
    assertThat(groups.get(1).path("via").asText()).isEqualTo(team);
    assertThat(groups.get(2).path("via").asText()).isEqualTo(division);

    JsonNode page = admin("GET", "/groups/" + team + "/members?startIndex=2&count=2", null).json();
    assertThat(page.path("totalResults").asInt()).isEqualTo(4);
    assertThat(page.path("startIndex").asInt()).isEqualTo(2);
    assertThat(page.path("members")).hasSize(2);
    JsonNode group = admin("GET", "/groups/" + team, null).json();
    assertThat(group.path("resource").has("members")).isFalse();
    assertThat(group.path("source").asText()).isEqualTo("EXTERNAL_IMPORT");
    assertThat(admin("GET", "/groups?search=res", null).json().path("groups").get(0)
        .path("displayName").asText()).isEqualTo("Research");
  }

  @Test
  void badInputGetsAnErrorWithItsStatusNeverA500() {
    assertThat(admin("POST", "/users", "not json").status()).isEqualTo(400);
    assertThat(admin("POST", "/users", "[]").status()).isEqualTo(400);
    Http.Answer missing = admin("POST", "/users", "{\"displayName\":\"No Name\"}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().path("error").asText()).contains("userName");
    createUser("twice@example.com");
    Http.Answer duplicate = admin("POST", "/users", "{\"userName\":\"TWICE@example.com\"}");
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.json().path("scimType").asText()).isEqualTo("uniqueness");
    assertThat(admin("GET", "/users/nobody", null).status()).isEqualTo(404);
    assertThat(admin("GET", "/groups/nobody/members", null).status()).isEqualTo(404);
    assertThat(admin("PATCH", "/groups/nobody", "{}").status()).isEqualTo(404);
    String group = admin("POST", "/groups", "{\"displayName\":\"Staff\"}").json().path("id")
        .asText();
    assertThat(admin("PATCH", "/groups/" + group, "{}").status()).isEqualTo(400);
  }
}
