package io.scimitar.jaxrs;

import static io.scimitar.jaxrs.support.ScimClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.jaxrs.support.ScimClient;
import io.scimitar.jaxrs.support.ScimResponse;
import io.scimitar.jaxrs.support.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Authentication first, tenant isolation always, /Me, and what the request log may contain. */
abstract class AbstractAuthenticationTest extends ScimHttpTestBase {

  @Test
  void missingOrBadCredentialsAre401WithChallengeAndScimBody() {
    for (String authorization : new String[] {
        null, "non-token", "Basic dXNlcjpwYXNz", "Bearer", "Bearer unknown.secret",
        "Bearer " + "x".repeat(500)}) {
      ScimResponse response = server.clientWithAuthorization(authorization)
          .get("Users?filter=" + encode("userName eq \"a@example.com\""));
      JsonNode error = assertError(response, 401, null);
      assertThat(error.path("detail").asText()).isNotBlank();
      assertThat(response.header("WWW-Authenticate")).as(authorization)
          .startsWith("Bearer realm=\"scim\"");
    }
  }

  @Test
  void authenticationComesBeforeRoutingAndMethodChecks() {
    ScimClient anonymous = server.clientWithAuthorization(null);
    assertError(anonymous.get("NoSuchEndpoint"), 401, null);
    assertError(anonymous.put("ServiceProviderConfig", "{}"), 401, null);
    assertError(anonymous.post("Users", "not json"), 401, null);
    assertError(anonymous.get("Schemas"), 401, null);
  }

  @Test
  void aTenantMayHoldSeveralKeysAndDisabledKeysAreRefused() {
    String id = createUser(tenantA, uniqueName("rotation"));
    ScimClient second = server.secondClientA();
    assertThat(second.get("Users/" + id).status()).isEqualTo(200);

    assertThat(server.keys().setEnabled(server.keyIdOfSecondKeyA(), false)).isTrue();
    try {
      ScimResponse refused = second.get("Users/" + id);
      assertError(refused, 401, null);
      assertThat(refused.header("WWW-Authenticate")).contains("invalid_token");
      assertThat(tenantA.get("Users/" + id).status()).isEqualTo(200);
    } finally {
      server.keys().setEnabled(server.keyIdOfSecondKeyA(), true);
    }
    assertThat(second.get("Users/" + id).status()).isEqualTo(200);

    String tampered = server.tokenOfSecondKeyA();
    tampered = tampered.substring(0, tampered.length() - 1)
        + (tampered.endsWith("A") ? "B" : "A");
    assertError(server.clientWithAuthorization("Bearer " + tampered).get("Users"), 401, null);
  }

  @Test
  void aTenantNeverReadsOrWritesAnotherTenantsData() {
    String userName = uniqueName("isolated");
    String id = createUser(tenantA, userName);
    String groupId = createGroup(tenantA, "Isolated " + id, id);
    String filter = "Users?filter=" + encode("userName eq \"" + userName + "\"");

    assertError(tenantB.get("Users/" + id), 404, null);
    assertError(tenantB.get("Groups/" + groupId), 404, null);
    assertThat(tenantB.get(filter).json().path("totalResults").asInt()).isZero();
    assertThat(AbstractResourceEndpointsTest.ids(tenantB.get("Users?count=200").json()))
        .doesNotContain(id);
    assertError(tenantB.put("Users/" + id, userJson(userName)), 404, null);
    assertError(tenantB.patch("Users/" + id,
        patchJson("{\"op\":\"replace\",\"path\":\"active\",\"value\":false}")), 404, null);
    assertError(tenantB.delete("Users/" + id), 404, null);
    assertError(tenantB.delete("Groups/" + groupId), 404, null);
    JsonNode bulk = tenantB.post("Bulk", """
        {"schemas":["%s"],"Operations":[{"method":"DELETE","path":"/Users/%s"}]}
        """.formatted(BULK_REQUEST_URN, id)).json();
    assertThat(bulk.path("Operations").get(0).path("status").asText()).isEqualTo("404");
    JsonNode search = tenantB.post(".search", "{\"schemas\":[\"" + SEARCH_URN
        + "\"],\"filter\":\"userName eq \\\"" + userName + "\\\"\"}").json();
    assertThat(search.path("totalResults").asInt()).isZero();

    String sameNameInB = createUser(tenantB, userName);
    assertThat(sameNameInB).isNotEqualTo(id);
    JsonNode stillThere = tenantA.get("Users/" + id).json();
    assertThat(stillThere.path("active").asBoolean()).isTrue();
    assertThat(tenantA.get("Groups/" + groupId).json().path("members").findValuesAsText("value"))
        .containsExactly(id);
  }

  @Test
  void meActsOnTheResourceTheCallerMapsTo() {
    assertError(tenantA.get("Me"), 404, null);
    String id = createUser(tenantA, uniqueName("me"));
    server.mapMeOfKeyA("User", id);

    ScimResponse me = tenantA.get("Me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().path("id").asText()).isEqualTo(id);
    assertThat(me.header("Location")).isEqualTo(server.baseUri() + "Users/" + id);
    assertThat(me.header("ETag")).isEqualTo("W/\"1\"");

    ScimResponse patched = tenantA.patch("Me",
        patchJson("{\"op\":\"replace\",\"path\":\"nickName\",\"value\":\"Babs\"}"));
    assertThat(patched.status()).isEqualTo(200);
    assertThat(tenantA.get("Users/" + id).json().path("nickName").asText()).isEqualTo("Babs");
    assertError(tenantA.post("Me", userJson(uniqueName("me"))), 501, null);
    assertError(server.secondClientA().get("Me"), 404, null);
    assertError(tenantB.get("Me"), 404, null);
  }

  @Test
  void withoutAResolverMeIs501AndAFixedBaseUrlIsUsedForLocations() throws Exception {
    try (TestServer plain = TestServer.startWithoutMe(runtime(), "https://scim.example.com/v2")) {
      ScimClient client = plain.clientA();
      assertError(client.get("Me"), 501, null);
      assertError(client.patch("Me", patchJson("")), 501, null);
      ScimResponse created = client.post("Users", userJson(uniqueName("proxy")));
      String id = created.json().path("id").asText();
      assertThat(created.header("Location")).isEqualTo("https://scim.example.com/v2/Users/" + id);
      assertThat(created.json().path("meta").path("location").asText())
          .isEqualTo("https://scim.example.com/v2/Users/" + id);
    }
  }

  @Test
  void theRequestLogHasTemplatesAndTenantsButNoSecretsOrPersonalData() {
    String userName = uniqueName("log.secret");
    String id = createUser(tenantA, userName);
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      tenantA.get("Users/" + id);
      tenantA.get("Users?filter=" + encode("userName eq \"" + userName + "\""));
      server.clientWithAuthorization("Bearer wrong.token-value").get("Users");
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("GET /Users/{id} status=200", "tenant=" + "acme");
    assertThat(log).contains("GET /Users status=200");
    assertThat(log).contains("GET /Users status=401", "tenant=-");
    assertThat(log).doesNotContain(id, userName, "token-value", "Bearer");
    assertThat(log).as("timed from the start of each request").contains("durationMs=")
        .doesNotContain("durationMs=-1");
  }
}
