package io.scimitar.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.core.schema.BuiltInSchemas;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleServerTest {
  private static final String TOKEN = "scripted.test-secret-0123456789abcdef";
  private static final String ADMIN = "admin-test-credential-0123456789";
  private static final String USER = """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"ada@example.com"}""";
  private static final String GROUP = """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Engineers"}""";

  private final HttpCalls http = new HttpCalls();
  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private ExampleServer server;

  @TempDir
  Path keyDirectory;

  @TempDir
  Path dataDirectory;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private void start(String... extraArgs) throws Exception {
    List<String> args = new java.util.ArrayList<>(List.of("--port", "0",
        "--key-dir", keyDirectory.toString(), "--store", "h2:" + dataDirectory.resolve("db")));
    args.addAll(List.of(extraArgs));
    server = ExampleServer.start(ExampleOptions.parse(args.toArray(String[]::new)),
        new PrintStream(console, true, StandardCharsets.UTF_8));
  }

  private String scim(String path) {
    return server.scimBaseUrl() + path;
  }

  private String admin(String path) {
    return server.adminBaseUrl() + path;
  }

  /** The id of the only key, the one registered with --token. */
  private String scriptedKeyId() {
    JsonNode keys = http.get(admin("/keys"), ADMIN).json().path("keys");
    assertThat(keys).hasSize(1);
    return keys.get(0).path("id").asText();
  }

  @Test
  void listsUsersWithTheGivenKeyLikeCurlWould() throws Exception {
    start("--token", TOKEN, "--admin-token", ADMIN);

    HttpCalls.Answer answer = http.get(scim("/Users"), TOKEN);

    assertThat(server.scimBaseUrl()).isEqualTo("http://127.0.0.1:" + server.port() + "/scim/v2");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().path("schemas").get(0).asText())
        .isEqualTo("urn:ietf:params:scim:api:messages:2.0:ListResponse");
    assertThat(answer.json().path("totalResults").asInt()).isZero();
    assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain(TOKEN, ADMIN);
  }

  @Test
  void withoutATokenAKeyIsGeneratedPrintedOnceAndSavedAsCsv() throws Exception {
    start();

    String printed = console.toString(StandardCharsets.UTF_8);
    List<Path> files;
    try (var listing = Files.list(keyDirectory)) {
      files = listing.toList();
    }
    assertThat(files).hasSize(1);
    List<String> csv = Files.readAllLines(files.get(0));
    assertThat(csv.get(0)).isEqualTo("key id,created,token,base URL");
    String[] row = csv.get(1).split(",", -1);
    String keyId = row[0];
    String token = row[2];
    assertThat(files.get(0).getFileName().toString()).isEqualTo("scim-key-" + keyId + ".csv");
    assertThat(token).startsWith(keyId + ".");
    assertThat(row[3]).isEqualTo(server.scimBaseUrl());
    assertThat(printed.split(java.util.regex.Pattern.quote(token), -1)).hasSize(2);
    assertThat(printed).contains("SCIM base URL: " + server.scimBaseUrl());
    assertThat(printed).contains("Admin token (shown once): admin-");
    assertThat(http.get(scim("/Users"), token).status()).isEqualTo(200);
  }

  @Test
  void keyLifecycleThroughTheAdminApi() throws Exception {
    start("--token", TOKEN, "--admin-token", ADMIN);
    String scriptedId = scriptedKeyId();

    HttpCalls.Answer created = http.send("POST", admin("/keys"), ADMIN, null);
    assertThat(created.status()).isEqualTo(201);
    String newToken = created.json().path("token").asText();
    String newId = created.json().path("id").asText();
    assertThat(newToken).startsWith(newId + ".");
    assertThat(created.json().path("status").asText()).isEqualTo("ACTIVE");
    assertThat(created.json().path("scimBaseUrl").asText()).isEqualTo(server.scimBaseUrl());

    HttpCalls.Answer third = http.send("POST", admin("/keys"), ADMIN, null);
    assertThat(third.status()).isEqualTo(409);
    assertThat(third.json().path("error").asText())
        .isEqualTo("tenant default already has 2 active SCIM keys (at most 2); "
            + "disable or delete one before creating another");

    // Rotation: both keys work at once.
    assertThat(http.get(scim("/Users"), TOKEN).status()).isEqualTo(200);
    assertThat(http.get(scim("/Users"), newToken).status()).isEqualTo(200);

    HttpCalls.Answer disabled = http.send("POST", admin("/keys/" + scriptedId + "/disable"), ADMIN, null);
    assertThat(disabled.status()).isEqualTo(200);
    assertThat(disabled.json().path("status").asText()).isEqualTo("DISABLED");
    assertThat(http.get(scim("/Users"), TOKEN).status()).isEqualTo(401);

    HttpCalls.Answer listed = http.get(admin("/keys"), ADMIN);
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.json().path("keys")).hasSize(2);
    assertThat(listed.json().path("keys").get(0).path("id").asText()).isEqualTo(scriptedId);
    assertThat(listed.json().path("keys").get(0).path("lastUsed").isTextual()).isTrue();
    assertThat(listed.body()).doesNotContain(TOKEN, newToken, "token");

    assertThat(http.send("DELETE", admin("/keys/" + newId), ADMIN, null).status())
        .isEqualTo(204);
    HttpCalls.Answer afterDelete = http.get(scim("/Users"), newToken);
    assertThat(afterDelete.status()).isEqualTo(401);
    assertThat(afterDelete.json().path("detail").asText()).isEqualTo("invalid bearer token");
    assertThat(http.send("DELETE", admin("/keys/" + newId), ADMIN, null).status())
        .isEqualTo(404);
    assertThat(http.send("POST", admin("/keys/nope/disable"), ADMIN, null).status())
        .isEqualTo(404);

    // With one key disabled and the other deleted, a new key may be created again.
    assertThat(http.send("POST", admin("/keys"), ADMIN, null).status()).isEqualTo(201);
  }

  @Test
  void syncSwitchedOffRefusesEveryScimEndpointAndLosesNothing() throws Exception {
    start("--token", TOKEN, "--admin-token", ADMIN);
    HttpCalls.Answer user = http.send("POST", scim("/Users"), TOKEN, USER);
    assertThat(user.status()).isEqualTo(201);
    String userId = user.json().path("id").asText();
    assertThat(http.send("POST", scim("/Groups"), TOKEN, GROUP).status()).isEqualTo(201);

    HttpCalls.Answer off = http.send("PUT", admin("/sync"), ADMIN, "{\"enabled\":false}");
    assertThat(off.status()).isEqualTo(200);
    assertThat(off.json().path("enabled").asBoolean()).isFalse();

    List<HttpCalls.Answer> refused = List.of(
        http.get(scim("/Users"), TOKEN),
        http.get(scim("/Users/" + userId), TOKEN),
        http.send("POST", scim("/Users"), TOKEN, USER),
        http.send("PUT", scim("/Users/" + userId), TOKEN, USER),
        http.send("PATCH", scim("/Users/" + userId), TOKEN, """
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
             "Operations":[{"op":"replace","path":"active","value":false}]}"""),
        http.send("DELETE", scim("/Users/" + userId), TOKEN, null),
        http.get(scim("/Groups"), TOKEN),
        http.send("POST", scim("/Users/.search"), TOKEN, "{}"),
        http.send("POST", scim("/.search"), TOKEN, "{}"),
        http.send("POST", scim("/Bulk"), TOKEN, "{}"),
        http.get(scim("/Me"), TOKEN),
        http.get(scim("/ServiceProviderConfig"), TOKEN),
        http.get(scim("/Schemas"), TOKEN),
        http.get(scim("/ResourceTypes"), TOKEN),
        http.get(scim("/NoSuchEndpoint"), TOKEN));
    for (HttpCalls.Answer answer : refused) {
      assertThat(answer.status()).as(answer.raw().request().toString()).isEqualTo(403);
      JsonNode error = answer.json();
      assertThat(error.path("schemas").get(0).asText())
          .isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
      assertThat(error.path("status").asText()).isEqualTo("403");
      assertThat(error.path("detail").asText()).startsWith("SCIM sync is disabled");
    }
    // A wrong key still learns nothing beyond 401.
    assertThat(http.get(scim("/Users"), "scripted.wrong").status()).isEqualTo(401);

    assertThat(http.send("PUT", admin("/sync"), ADMIN, "{\"enabled\":true}").status())
        .isEqualTo(200);
    HttpCalls.Answer back = http.get(scim("/Users/" + userId), TOKEN);
    assertThat(back.status()).isEqualTo(200);
    assertThat(back.json().path("userName").asText()).isEqualTo("ada@example.com");
    assertThat(back.json().path("active").isMissingNode()).isTrue();
    assertThat(http.get(scim("/Groups"), TOKEN).json().path("totalResults").asInt())
        .isEqualTo(1);
  }

  @Test
  void syncSwitchRejectsABadBody() throws Exception {
    start("--token", TOKEN, "--admin-token", ADMIN);

    assertThat(http.send("PUT", admin("/sync"), ADMIN, "{\"enabled\":\"no\"}").status())
        .isEqualTo(400);
    assertThat(http.send("PUT", admin("/sync"), ADMIN, "not json").status()).isEqualTo(400);
    assertThat(http.get(admin("/sync"), ADMIN).json().path("enabled").asBoolean()).isTrue();
  }

  @Test
  void adminUsersShowsProvenance() throws Exception {
    start("--token", TOKEN, "--admin-token", ADMIN);
    String scriptedId = scriptedKeyId();
    http.send("POST", scim("/Users"), TOKEN, USER);

    HttpCalls.Answer users = http.get(admin("/users"), ADMIN);

    assertThat(users.status()).isEqualTo(200);
    assertThat(users.json().path("totalResults").asInt()).isEqualTo(1);
    JsonNode first = users.json().path("users").get(0);
    assertThat(first.path("userName").asText()).isEqualTo("ada@example.com");
    assertThat(first.path("origin").asText()).isEqualTo("scim");
    assertThat(first.path("createdBy").asText()).isEqualTo(scriptedId);
  }

  @Test
  void adminGroupsShowsProvenance() throws Exception {
    start("--token", TOKEN, "--admin-token", ADMIN);
    String scriptedId = scriptedKeyId();
    http.send("POST", scim("/Groups"), TOKEN,
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
            + "\"displayName\":\"Engineering\"}");

    HttpCalls.Answer groups = http.get(admin("/groups"), ADMIN);

    assertThat(groups.status()).isEqualTo(200);
    assertThat(groups.json().path("totalResults").asInt()).isEqualTo(1);
    JsonNode first = groups.json().path("groups").get(0);
    assertThat(first.path("displayName").asText()).isEqualTo("Engineering");
    assertThat(first.path("origin").asText()).isEqualTo("scim");
    assertThat(first.path("createdBy").asText()).isEqualTo(scriptedId);
    assertThat(http.get(admin("/groups"), TOKEN).status()).isEqualTo(401);
  }

  @Test
  void theAdminApiAcceptsOnlyTheAdminToken() throws Exception {
    start("--token", TOKEN, "--admin-token", ADMIN);

    HttpCalls.Answer withScimKey = http.get(admin("/keys"), TOKEN);
    assertThat(withScimKey.status()).isEqualTo(401);
    assertThat(withScimKey.raw().headers().firstValue("WWW-Authenticate"))
        .contains("Bearer realm=\"admin\"");
    assertThat(http.get(admin("/keys"), null).status()).isEqualTo(401);
    assertThat(http.send("POST", admin("/keys"), TOKEN, null).status()).isEqualTo(401);
    assertThat(http.get(admin("/users"), TOKEN).status()).isEqualTo(401);
    assertThat(http.get(admin("/keys"), ADMIN).status()).isEqualTo(200);
    // And the admin token is no SCIM key.
    assertThat(http.get(scim("/Users"), ADMIN).status()).isEqualTo(401);
  }

  @Test
  void secretsNeverReachResponsesAfterCreationNorTheLogs() throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    PrintStream originalOut = System.out;
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    String newToken;
    System.setErr(capture);
    System.setOut(capture);
    try {
      start("--token", TOKEN, "--admin-token", ADMIN);
      newToken = http.send("POST", admin("/keys"), ADMIN, null).json().path("token").asText();
      List<HttpCalls.Answer> later = List.of(
          http.send("POST", scim("/Users"), newToken, USER),
          http.get(scim("/Users?filter=userName%20eq%20%22ada%40example.com%22"), newToken),
          http.get(scim("/Users?attributes=" + BuiltInSchemas.PROVENANCE), newToken),
          http.get(scim("/Users"), "scripted.wrong"),
          http.get(admin("/keys"), TOKEN),
          http.get(admin("/keys"), ADMIN),
          http.get(admin("/users"), ADMIN));
      for (HttpCalls.Answer answer : later) {
        assertThat(answer.body() + answer.raw().headers().map())
            .doesNotContain(TOKEN, newToken, ADMIN, "test-secret");
      }
      server.close();
      server = null;
    } finally {
      System.setErr(originalErr);
      System.setOut(originalOut);
    }
    String logs = captured.toString(StandardCharsets.UTF_8);
    assertThat(logs).contains("/Users");
    assertThat(logs).doesNotContain(TOKEN, newToken, ADMIN, "test-secret");
  }

  @Test
  void aShortTokenIsAUsageErrorBeforeAnythingIsOpened() throws Exception {
    assertThatThrownBy(() -> start("--token", "too-short-a-secret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--token: a SCIM key token needs at least 32 characters, got 18");
    try (var files = Files.list(dataDirectory)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void anyLongSecretWorksAsTheBearerTokenAlongsideGeneratedKeys() throws Exception {
    String plain = "0123456789abcdefghijklmnopqrstuv";
    start("--token", plain, "--admin-token", ADMIN);
    String generated = http.send("POST", admin("/keys"), ADMIN, null).json().path("token").asText();

    assertThat(http.get(scim("/Users"), plain).status()).isEqualTo(200);
    assertThat(http.get(scim("/Users"), generated).status()).isEqualTo(200);
    assertThat(http.get(scim("/Users"), plain.substring(1)).status()).isEqualTo(401);
  }
}
