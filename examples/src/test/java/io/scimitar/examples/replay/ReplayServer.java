package io.scimitar.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.examples.ExampleOptions;
import io.scimitar.examples.ExampleServer;
import io.scimitar.jaxrs.support.ScimClient;
import io.scimitar.jaxrs.support.ScimResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The example server as an identity provider meets it: started through its command line on a
 * free port over a {@link ReplayStore}, with one SCIM key given by {@code --token} (what an
 * administrator pastes into Okta or Entra ID) and a known admin token.
 */
final class ReplayServer implements ReplayTarget {
  /** The SCIM key given with {@code --token}, as an administrator would paste it into an IdP. */
  private static final String TOKEN = "replay-secret-0123456789abcdef0123456789";
  private static final String ADMIN_TOKEN = "replay-admin-0123456789abcdef";

  private final ReplayStore store;
  private final Path keyDirectory;
  private final ExampleServer server;

  private ReplayServer(ReplayStore store, Path keyDirectory, ExampleServer server) {
    this.store = store;
    this.keyDirectory = keyDirectory;
    this.server = server;
  }

  /** Opens an empty store and starts the example server on it. */
  static ReplayServer start(ReplayStore store) throws Exception {
    List<String> args = new ArrayList<>(store.open());
    Path keyDirectory = Files.createTempDirectory("scimitar-replay-keys");
    args.addAll(List.of("--port", "0", "--token", TOKEN, "--admin-token", ADMIN_TOKEN,
        "--key-dir", keyDirectory.toString()));
    try {
      ExampleServer server = ExampleServer.start(
          ExampleOptions.parse(args.toArray(String[]::new)),
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      return new ReplayServer(store, keyDirectory, server);
    } catch (Exception | AssertionError e) {
      store.close();
      throw e;
    }
  }

  @Override
  public String scimBaseUrl() {
    return server.scimBaseUrl();
  }

  @Override
  public String authorization() {
    return "Bearer " + TOKEN;
  }

  /** The id of the SCIM key, as the admin API lists it (and provenance records it). */
  @Override
  public String keyId() {
    JsonNode keys = admin("keys").path("keys");
    assertThat(keys).hasSize(1);
    return keys.get(0).path("id").asText();
  }

  /** A client of the host's admin API, with the admin token. */
  ScimClient adminClient() {
    return new ScimClient(URI.create(server.adminBaseUrl() + "/"), "Bearer " + ADMIN_TOKEN);
  }

  /** The users as the admin API lists them. */
  @Override
  public JsonNode hostUsers() {
    return admin("users").path("users");
  }

  /** A GET on the host's admin API, which must answer 200 with JSON. */
  JsonNode admin(String path) {
    ScimResponse response = adminClient().get(path);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  /** Stops the server and removes its store and key directory. */
  @Override
  public void close() throws IOException {
    try {
      server.close();
    } finally {
      store.close();
      try (var files = Files.list(keyDirectory)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(keyDirectory);
    }
  }
}
