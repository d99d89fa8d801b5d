package io.scimitar.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.jaxrs.support.IdpReplay;
import io.scimitar.jaxrs.support.ScimClient;
import io.scimitar.jaxrs.support.ScimResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The base of every replay suite: one server with empty storage per suite ({@link #start()}),
 * reached over HTTP only, and the reads tests use to check what a client's requests left behind.
 * Each suite is abstract; {@code MemoryReplayTest}, {@code H2ReplayTest} and
 * {@code PostgresReplayTest} run it against the standalone example on their store, and the
 * Spring Boot example's tests against that application.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ReplaySuite {
  static final String ERROR_URN = "urn:ietf:params:scim:api:messages:2.0:Error";
  static final String LIST_URN = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
  static final String PATCH_URN = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  private static final ObjectMapper JSON = new ObjectMapper();

  ReplayTarget server;
  ScimClient scim;

  /** Starts (or reaches) the server under test, with empty storage, once per suite. */
  protected abstract ReplayTarget start() throws Exception;

  @BeforeAll
  void startServer() throws Exception {
    server = start();
    scim = server.client();
  }

  @AfterAll
  void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  /** A user name no other test uses. */
  static String uniqueName(String prefix) {
    return prefix + "-" + UUID.randomUUID() + "@example.com";
  }

  /** Creates a user with a full profile (names, work email, active) and answers its id. */
  String createUser(String userName) {
    ScimResponse created = scim.post("Users", """
        {"schemas":["%s"],"userName":"%s","name":{"givenName":"Barbara","familyName":"Jensen"},
         "emails":[{"value":"%s","type":"work","primary":true}],"active":true}
        """.formatted(BuiltInSchemas.USER, userName, userName));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("id").asText();
  }

  /** Reads a resource, which must exist. */
  JsonNode read(String path) {
    ScimResponse response = scim.get(path);
    assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
    assertThat(response.mediaType()).isEqualTo("application/scim+json");
    return response.json();
  }

  JsonNode user(String id) {
    return read("Users/" + id);
  }

  /** The member ids of a group. */
  List<String> members(String groupId) {
    return read("Groups/" + groupId).path("members").findValuesAsText("value");
  }

  /** The users a filter on {@code userName} finds. */
  JsonNode usersNamed(String userName) {
    return read("Users?filter=" + ScimClient.encode("userName eq \"" + userName + "\""));
  }

  /** The provenance extension the server recorded, as a client asking for it sees it. */
  JsonNode provenance(String path) {
    return read(path + "?attributes=" + BuiltInSchemas.PROVENANCE).path(BuiltInSchemas.PROVENANCE);
  }

  /** Asserts that what came over SCIM is marked as such, with the key that sent it. */
  void assertArrivedOverScim(String path) {
    JsonNode provenance = provenance(path);
    String keyId = server.keyId();
    assertThat(provenance.path("origin").asText()).as(path).isEqualTo("scim");
    assertThat(provenance.path("createdBy").asText()).as(path).isEqualTo(keyId);
    assertThat(provenance.path("lastModifiedBy").asText()).as(path).isEqualTo(keyId);
  }

  /** {@link #assertArrivedOverScim}, and that the latest change came from this client. */
  void assertProvenance(String path, String userAgent) {
    assertArrivedOverScim(path);
    assertThat(provenance(path).path("userAgent").asText()).as(path).isEqualTo(userAgent);
  }

  /** Asserts a SCIM error with this status, as every client understands it, and answers it. */
  static JsonNode assertError(ScimResponse response, int status) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.mediaType()).isEqualTo("application/scim+json");
    JsonNode body = response.json();
    assertThat(body.path("schemas").get(0).asText()).isEqualTo(ERROR_URN);
    assertThat(body.path("status").asText()).isEqualTo(Integer.toString(status));
    assertThat(body.path("detail").asText()).isNotBlank();
    return body;
  }

  static String patch(String operations) {
    return "{\"schemas\":[\"" + PATCH_URN + "\"],\"Operations\":[" + operations + "]}";
  }

  /** A recorded request's body with the replacements applied, as it goes on the wire. */
  static ObjectNode recordedBody(IdpReplay replay, String id, Map<String, String> replacements) {
    String body = replay.request(id).path("body").toString();
    for (Map.Entry<String, String> replacement : replacements.entrySet()) {
      body = body.replace(replacement.getKey(), replacement.getValue());
    }
    return (ObjectNode) json(body);
  }

  /** Parses a request body the test sent. */
  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  /** {@code ids} with one more replacement. */
  static Map<String, String> with(Map<String, String> ids, String key, String value) {
    Map<String, String> copy = new HashMap<>(ids);
    copy.put(key, value);
    return copy;
  }
}
