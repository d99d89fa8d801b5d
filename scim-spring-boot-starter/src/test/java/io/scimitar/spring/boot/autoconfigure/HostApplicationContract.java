package io.scimitar.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.scimitar.core.auth.ScimKeyManager;
import io.scimitar.core.event.ChangeEvent;
import io.scimitar.core.event.ChangeKind;
import io.scimitar.core.spi.Storage;
import io.scimitar.jaxrs.support.ScimClient;
import io.scimitar.jaxrs.support.ScimResponse;
import io.scimitar.spring.boot.testapp.HostApplication;
import io.scimitar.spring.boot.testapp.RecordedChanges;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every host application gets from the starter, whatever the storage, checked over a real
 * socket: SCIM under {@code /scim/v2} with SCIM keys, the host's MVC endpoint behind its own
 * security, the actuator's health with the {@code scimitar} indicator, and the request meters.
 * Subclasses start {@link HostApplication} on one storage and say which storage that must be.
 */
abstract class HostApplicationContract {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Value("${scimitar.token}") String token;
  @Autowired Storage storage;
  @Autowired MeterRegistry meters;
  @Autowired RecordedChanges changes;
  @Autowired ScimKeyManager keys;

  ScimClient scim;

  /** The storage class this run must have chosen. */
  abstract Class<? extends Storage> expectedStorage();

  @BeforeEach
  void client() {
    scim = new ScimClient(URI.create(origin() + "/scim/v2/"), "Bearer " + token);
  }

  String origin() {
    return "http://127.0.0.1:" + port;
  }

  @Test
  void choosesTheStorage() {
    assertThat(storage).isInstanceOf(expectedStorage());
  }

  @Test
  void servesScimWithTheConfiguredKey() {
    String userName = "bjensen-" + UUID.randomUUID() + "@example.com";
    ScimResponse created = scim.post("Users", """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s"}
        """.formatted(userName));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.header("Location"))
        .startsWith(origin() + "/scim/v2/Users/" + created.json().path("id").asText());

    ScimResponse found = scim.get("Users?filter="
        + ScimClient.encode("userName eq \"" + userName.toUpperCase(java.util.Locale.ROOT) + "\""));
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.json().path("totalResults").asInt()).isEqualTo(1);
  }

  @Test
  void scimWritesArriveAsSpringApplicationEventsAfterCommit() {
    ScimResponse created = scim.post("Users", """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s"}
        """.formatted("events-" + UUID.randomUUID()));
    assertThat(created.status()).isEqualTo(201);
    String id = created.json().path("id").asText();
    assertThat(scim.delete("Users/" + id).status()).isEqualTo(204);

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(changesOf(id)).extracting(ChangeEvent::kind)
            .containsExactly(ChangeKind.CREATE, ChangeKind.DELETE));
    ChangeEvent create = changesOf(id).get(0);
    assertThat(create.resourceType()).isEqualTo("User");
    assertThat(create.tenantId()).isEqualTo("default");
    assertThat(create.actor()).isEqualTo(keys.list("default").get(0).id());
  }

  private List<ChangeEvent> changesOf(String id) {
    return changes.events().stream().filter(event -> event.resourceId().equals(id)).toList();
  }

  @Test
  void refusesScimWithoutAKeyWithAScimError() {
    ScimResponse refused = new ScimClient(URI.create(origin() + "/scim/v2/"), null).get("Users");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.mediaType()).isEqualTo("application/scim+json");
    assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"scim\"");
    assertThat(refused.json().path("status").asText()).isEqualTo("401");
  }

  @Test
  void theHostsOwnEndpointKeepsItsOwnSecurity() throws Exception {
    assertThat(get("/hello", null).statusCode()).isEqualTo(401);
    assertThat(get("/hello", "Bearer " + token).statusCode())
        .as("a SCIM key is no credential of the host").isEqualTo(401);
    HttpResponse<String> hello = get("/hello", basic());
    assertThat(hello.statusCode()).isEqualTo(200);
    assertThat(hello.body()).isEqualTo("hello from the host");
  }

  @Test
  void actuatorHealthReportsTheStore() throws Exception {
    HttpResponse<String> health = get("/actuator/health", null);
    assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
    JsonNode scimitar = JSON.readTree(health.body()).path("components").path("scimitar");
    assertThat(scimitar.path("status").asText()).isEqualTo("UP");
    assertThat(scimitar.path("details").path("storage").asText())
        .isEqualTo(expectedStorage().getSimpleName());
  }

  @Test
  void metersRequestsByEndpointMethodAndStatusAndErrorsByScimType() throws Exception {
    String userName = "meter-" + UUID.randomUUID();
    assertThat(scim.post("Users", """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s"}
        """.formatted(userName)).status()).isEqualTo(201);
    assertThat(scim.get("Users?filter=" + ScimClient.encode("userName eq")).status())
        .isEqualTo(400);

    Timer created = meters.get(ScimRequestMetrics.REQUESTS)
        .tags("endpoint", "/Users", "method", "POST", "status", "201").timer();
    assertThat(created.count()).isPositive();
    Counter invalidFilter = meters.get(ScimRequestMetrics.ERRORS)
        .tags("endpoint", "/Users", "method", "GET", "status", "400", "scimType", "invalidFilter")
        .counter();
    assertThat(invalidFilter.count()).isPositive();

    for (Meter meter : meters.find(ScimRequestMetrics.REQUESTS).meters()) {
      assertThat(meter.getId().getTags()).allSatisfy(tag -> {
        assertThat(tag.getKey()).isIn("endpoint", "method", "status");
        assertThat(tag.getValue()).doesNotContain(userName).doesNotContain("default");
      });
    }
    HttpResponse<String> exposed =
        get("/actuator/metrics/" + ScimRequestMetrics.REQUESTS, basic());
    assertThat(exposed.statusCode()).as(exposed.body()).isEqualTo(200);
    assertThat(JSON.readTree(exposed.body()).path("availableTags").findValuesAsText("tag"))
        .containsExactlyInAnyOrder("endpoint", "method", "status");
    HttpResponse<String> scrape = get("/actuator/prometheus", basic());
    assertThat(scrape.statusCode()).as(scrape.body()).isEqualTo(200);
    assertThat(scrape.body()).as("latency histogram buckets").contains(
        "scimitar_requests_seconds_bucket{endpoint=\"/Users\",method=\"POST\",status=\"201\",le=");
    assertThat(scrape.body()).doesNotContain(userName);
  }

  private static String basic() {
    return "Basic " + Base64.getEncoder().encodeToString(
        (HostApplication.USER + ":" + HostApplication.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  HttpResponse<String> get(String path, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin() + path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
