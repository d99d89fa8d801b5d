package io.scimitar.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scimitar.core.auth.ScimKey;
import io.scimitar.core.auth.ScimKeyManager;
import io.scimitar.examples.replay.ReplayTarget;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * The Spring Boot example as the replay suites meet it: started by {@code @SpringBootTest} on a
 * random port with {@code scimitar.token}, its users listed by its own MVC endpoint
 * {@code /api/accounts}. Closing does nothing: the test context owns the application.
 */
final class SpringReplayTarget implements ReplayTarget {
  /** The secret every replay test registers with {@code scimitar.token}. */
  static final String TOKEN = "spring-replay-secret-0123456789abcdef0123";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String origin;
  private final ScimKeyManager keys;

  SpringReplayTarget(int port, ScimKeyManager keys) {
    this.origin = "http://127.0.0.1:" + port;
    this.keys = keys;
  }

  @Override
  public String scimBaseUrl() {
    return origin + "/scim/v2";
  }

  @Override
  public String authorization() {
    return "Bearer " + TOKEN;
  }

  @Override
  public String keyId() {
    List<ScimKey> all = keys.list("default");
    assertThat(all).hasSize(1);
    return all.get(0).id();
  }

  @Override
  public JsonNode hostUsers() {
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(origin + "/api/accounts")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      return JSON.readTree(response.body()).path("users");
    } catch (IOException e) {
      throw new AssertionError("GET /api/accounts failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  @Override
  public void close() {}
}
