package io.scimitar.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.core.schema.BuiltInSchemas;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example server stopped and started again on the same H2 files, as a person would with
 * Ctrl-C and the run command: everything a SCIM client or an administrator did is still there.
 */
class ExampleServerRestartTest {
  private static final String TOKEN = "restart-test-secret-0123456789abcdef";
  private static final String ADMIN = "admin-test-credential-0123456789";

  private final HttpCalls http = new HttpCalls();
  private ExampleServer server;
  private String console = "";

  @TempDir
  Path dataDirectory;

  @TempDir
  Path keyDirectory;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  /** Stops the running server, if any, and starts one on the same files. */
  private void restart(String... extraArgs) throws Exception {
    if (server != null) {
      server.close();
    }
    List<String> args = new ArrayList<>(List.of("--port", "0", "--admin-token", ADMIN,
        "--store", "h2:" + dataDirectory.resolve("scimitar"),
        "--key-dir", keyDirectory.toString()));
    args.addAll(List.of(extraArgs));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    server = ExampleServer.start(ExampleOptions.parse(args.toArray(String[]::new)),
        new PrintStream(printed, true, StandardCharsets.UTF_8));
    console = printed.toString(StandardCharsets.UTF_8);
  }

  private String scim(String path) {
    return server.scimBaseUrl() + path;
  }

  private String admin(String path) {
    return server.adminBaseUrl() + path;
  }

  private List<Path> keyFiles() throws Exception {
    try (Stream<Path> files = Files.list(keyDirectory)) {
      return files.toList();
    }
  }

  @Test
  void usersGroupsKeysSyncStateAndProvenanceSurviveARestart() throws Exception {
    restart();
    List<Path> files = keyFiles();
    assertThat(files).hasSize(1);
    String[] row = Files.readAllLines(files.get(0)).get(1).split(",", -1);
    String firstId = row[0];
    String firstToken = row[2];
    String userId = http.send("POST", scim("/Users"), firstToken, """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"ada@example.com",
         "name":{"givenName":"Ada"}}""").json().path("id").asText();
    String groupId = http.send("POST", scim("/Groups"), firstToken, """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Engineers",
         "members":[{"value":"%s"}]}""".formatted(userId)).json().path("id").asText();
    JsonNode second = http.send("POST", admin("/keys"), ADMIN, null).json();
    assertThat(http.send("PUT", admin("/sync"), ADMIN, "{\"enabled\":false}").status())
        .isEqualTo(200);

    restart();

    assertThat(keyFiles()).hasSize(1);
    assertThat(console).doesNotContain(firstToken, second.path("token").asText(), "shown once):")
        .contains("SCIM keys: 2 stored, 2 active", "SCIM sync is OFF");
    JsonNode keys = http.get(admin("/keys"), ADMIN).json().path("keys");
    assertThat(keys).extracting(key -> key.path("id").asText())
        .containsExactlyInAnyOrder(firstId, second.path("id").asText());
    assertThat(http.get(admin("/sync"), ADMIN).json().path("enabled").asBoolean()).isFalse();
    assertThat(http.get(scim("/Users"), firstToken).status()).isEqualTo(403);

    http.send("PUT", admin("/sync"), ADMIN, "{\"enabled\":true}");
    JsonNode user = http.get(scim("/Users/" + userId + "?attributes=userName,name,"
        + BuiltInSchemas.PROVENANCE), firstToken).json();
    assertThat(user.path("userName").asText()).isEqualTo("ada@example.com");
    assertThat(user.path("name").path("givenName").asText()).isEqualTo("Ada");
    assertThat(user.path(BuiltInSchemas.PROVENANCE).path("createdBy").asText())
        .isEqualTo(firstId);
    JsonNode group = http.get(scim("/Groups/" + groupId), second.path("token").asText()).json();
    assertThat(group.path("members").get(0).path("value").asText()).isEqualTo(userId);
    JsonNode adminUsers = http.get(admin("/users"), ADMIN).json().path("users");
    assertThat(adminUsers.get(0).path("origin").asText()).isEqualTo("scim");
    JsonNode firstKey = http.get(admin("/keys"), ADMIN).json().path("keys").get(0);
    assertThat(firstKey.path("lastUsed").isTextual()).isTrue();
  }

  @Test
  void disabledAndDeletedKeysAreRefusedAtOnceAndAfterARestart() throws Exception {
    restart("--token", TOKEN);
    JsonNode created = http.send("POST", admin("/keys"), ADMIN, null).json();
    String createdToken = created.path("token").asText();
    String tokenKeyId = http.get(admin("/keys"), ADMIN).json().path("keys").findValuesAsText("id")
        .stream().filter(id -> !id.equals(created.path("id").asText())).findFirst().orElseThrow();

    http.send("POST", admin("/keys/" + tokenKeyId + "/disable"), ADMIN, null);
    http.send("DELETE", admin("/keys/" + created.path("id").asText()), ADMIN, null);
    assertThat(http.get(scim("/Users"), TOKEN).status()).isEqualTo(401);
    assertThat(http.get(scim("/Users"), createdToken).status()).isEqualTo(401);

    // The same --token again: registered already, so it stays disabled and adds no key.
    restart("--token", TOKEN);

    assertThat(console).contains("SCIM key " + tokenKeyId + ": the token given with --token "
        + "(DISABLED: requests with it get 401)");
    assertThat(http.get(scim("/Users"), TOKEN).status()).isEqualTo(401);
    assertThat(http.get(scim("/Users"), createdToken).status()).isEqualTo(401);
    JsonNode keys = http.get(admin("/keys"), ADMIN).json().path("keys");
    assertThat(keys).hasSize(1);
    assertThat(keys.get(0).path("status").asText()).isEqualTo("DISABLED");
    String replacement = http.send("POST", admin("/keys"), ADMIN, null).json().path("token")
        .asText();
    assertThat(http.get(scim("/Users"), replacement).status()).isEqualTo(200);
  }

  @Test
  void theSameTokenOnEveryStartIsOneKey() throws Exception {
    restart("--token", TOKEN);
    String id = http.get(admin("/keys"), ADMIN).json().path("keys").get(0).path("id").asText();

    restart("--token", TOKEN);

    JsonNode keys = http.get(admin("/keys"), ADMIN).json().path("keys");
    assertThat(keys).hasSize(1);
    assertThat(keys.get(0).path("id").asText()).isEqualTo(id);
    assertThat(http.get(scim("/Users"), TOKEN).status()).isEqualTo(200);
    assertThat(keyFiles()).isEmpty();
  }

  @Test
  void noSecretReachesTheDatabaseFilesOrALaterConsole() throws Exception {
    restart("--token", TOKEN);
    String generated = http.send("POST", admin("/keys"), ADMIN, null).json().path("token")
        .asText();
    http.get(scim("/Users"), generated);
    server.close();
    server = null;

    StringBuilder stored = new StringBuilder();
    try (Stream<Path> files = Files.list(dataDirectory)) {
      for (Path file : files.toList()) {
        stored.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    }
    assertThat(stored).isNotEmpty().doesNotContain(TOKEN, generated,
        generated.substring(generated.indexOf('.') + 1));

    restart();
    assertThat(console).doesNotContain(TOKEN, generated).contains("SCIM keys: 2 stored");
  }

  @Test
  void theMemoryStoreStillWorksAndForgetsOnExit() throws Exception {
    restart("--store", "memory", "--token", TOKEN);
    assertThat(console).contains("Store: memory (everything is lost on exit)");
    assertThat(http.send("POST", scim("/Users"), TOKEN, """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"ada"}""")
        .status()).isEqualTo(201);

    restart("--store", "memory", "--token", TOKEN);

    assertThat(http.get(scim("/Users"), TOKEN).json().path("totalResults").asInt()).isZero();
    try (Stream<Path> files = Files.list(dataDirectory)) {
      assertThat(files).isEmpty();
    }
  }
}
