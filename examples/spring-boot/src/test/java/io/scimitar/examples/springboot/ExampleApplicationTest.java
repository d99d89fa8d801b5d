package io.scimitar.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scimitar.core.spi.Storage;
import io.scimitar.core.spi.typed.TypedStorage;
import io.scimitar.jaxrs.support.ScimClient;
import io.scimitar.jaxrs.support.ScimResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The example on a real port: a SCIM user lands in the application's own accounts table and its
 * MVC endpoint lists it, a group with that member lives in the JDBC store, and the actuator
 * answers with the Scimitar health indicator.
 */
@SpringBootTest(classes = SpringBootExample.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"scimitar.token=" + SpringReplayTarget.TOKEN,
        "spring.datasource.url=jdbc:h2:mem:example-app;DB_CLOSE_DELAY=-1"})
class ExampleApplicationTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired Storage storage;
  @Autowired DataSource dataSource;

  @Test
  void scimUsersLiveInTheAccountsTableAndGroupsInTheJdbcStore() throws Exception {
    assertThat(storage).isInstanceOf(TypedStorage.class);
    ScimClient scim = new ScimClient(URI.create(origin() + "/scim/v2/"),
        "Bearer " + SpringReplayTarget.TOKEN);
    String login = "bjensen-" + UUID.randomUUID() + "@example.com";
    ScimResponse user = scim.post("Users", """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s",
         "name":{"givenName":"Barbara","familyName":"Jensen"},
         "emails":[{"value":"%s","primary":true}],"active":true}
        """.formatted(login, login));
    assertThat(user.status()).as(user.body()).isEqualTo(201);
    String userId = user.json().path("id").asText();
    ScimResponse group = scim.post("Groups", """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Admins",
         "members":[{"value":"%s"}]}
        """.formatted(userId));
    assertThat(group.status()).as(group.body()).isEqualTo(201);

    JdbcClient jdbc = JdbcClient.create(dataSource);
    assertThat(jdbc.sql("SELECT first_name FROM accounts WHERE id = ?").param(userId)
        .query(String.class).single()).isEqualTo("Barbara");
    assertThat(scim.get("Users/" + userId).json().path("groups").findValuesAsText("display"))
        .containsExactly("Admins");

    HttpResponse<String> accounts = get("/api/accounts");
    assertThat(accounts.statusCode()).isEqualTo(200);
    JsonNode listed = null;
    for (JsonNode account : JSON.readTree(accounts.body()).path("users")) {
      if (account.path("id").asText().equals(userId)) {
        listed = account;
      }
    }
    assertThat(listed).as(accounts.body()).isNotNull();
    assertThat(listed.path("login").asText()).isEqualTo(login);
    assertThat(listed.path("email").asText()).isEqualTo(login);
    assertThat(listed.path("origin").asText()).isEqualTo("scim");
  }

  @Test
  void theActuatorAnswersWithTheScimitarHealthIndicator() throws Exception {
    HttpResponse<String> health = get("/actuator/health");
    assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(health.body());
    assertThat(body.path("status").asText()).isEqualTo("UP");
    assertThat(body.path("components").path("scimitar").path("status").asText())
        .isEqualTo("UP");
  }

  private String origin() {
    return "http://127.0.0.1:" + port;
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(origin() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
