package io.scimitar.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.jaxrs.support.ScimClient;
import io.scimitar.jaxrs.support.ScimResponse;
import io.scimitar.jaxrs.support.ScimRuntime;
import io.scimitar.jaxrs.support.TestServer;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The base of every HTTP suite: one {@link TestServer} per test class on the runtime a subclass
 * names, and helpers. Each suite is abstract with one subclass per runtime, so the very same
 * tests run on Jersey and on RESTEasy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ScimHttpTestBase {
  static final String USER_URN = "urn:ietf:params:scim:schemas:core:2.0:User";
  static final String GROUP_URN = "urn:ietf:params:scim:schemas:core:2.0:Group";
  static final String PATCH_URN = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
  static final String LIST_URN = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
  static final String ERROR_URN = "urn:ietf:params:scim:api:messages:2.0:Error";
  static final String BULK_REQUEST_URN = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
  static final String SEARCH_URN = "urn:ietf:params:scim:api:messages:2.0:SearchRequest";

  TestServer server;
  ScimClient tenantA;
  ScimClient tenantB;

  /** The runtime the suite runs on. */
  abstract ScimRuntime runtime();

  @BeforeAll
  void startServer() throws Exception {
    server = TestServer.start(runtime());
    tenantA = server.clientA();
    tenantB = server.clientB();
  }

  @AfterAll
  void stopServer() {
    server.close();
  }

  /** A user name no other test uses. */
  static String uniqueName(String prefix) {
    return prefix + "-" + UUID.randomUUID() + "@example.com";
  }

  static String userJson(String userName) {
    return """
        {"schemas":["%s"],"userName":"%s","name":{"givenName":"Barbara","familyName":"Jensen"},
         "emails":[{"value":"%s","type":"work","primary":true}],"active":true}
        """.formatted(USER_URN, userName, userName);
  }

  static String groupJson(String displayName, String... memberIds) {
    StringBuilder members = new StringBuilder();
    for (String id : memberIds) {
      members.append(members.length() == 0 ? "" : ",").append("{\"value\":\"").append(id)
          .append("\"}");
    }
    return """
        {"schemas":["%s"],"displayName":"%s","members":[%s]}
        """.formatted(GROUP_URN, displayName, members);
  }

  static String patchJson(String operations) {
    return "{\"schemas\":[\"" + PATCH_URN + "\"],\"Operations\":[" + operations + "]}";
  }

  /** Creates a user in a tenant and answers its id. */
  static String createUser(ScimClient client, String userName) {
    ScimResponse created = client.post("Users", userJson(userName));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("id").asText();
  }

  /** Creates a group in a tenant and answers its id. */
  static String createGroup(ScimClient client, String displayName, String... memberIds) {
    ScimResponse created = client.post("Groups", groupJson(displayName, memberIds));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("id").asText();
  }

  /** Asserts a SCIM error body with the status (as a string) and keyword, and answers it. */
  static JsonNode assertError(ScimResponse response, int status, String scimType) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.mediaType()).isEqualTo("application/scim+json");
    JsonNode body = response.json();
    assertThat(body.path("schemas").get(0).asText()).isEqualTo(ERROR_URN);
    assertThat(body.path("status").isTextual()).isTrue();
    assertThat(body.path("status").asText()).isEqualTo(Integer.toString(status));
    if (scimType == null) {
      assertThat(body.has("scimType")).as(body.toString()).isFalse();
    } else {
      assertThat(body.path("scimType").asText()).isEqualTo(scimType);
    }
    assertThat(body.path("detail").asText()).isNotBlank();
    return body;
  }
}
