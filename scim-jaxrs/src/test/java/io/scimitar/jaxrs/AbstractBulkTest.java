package io.scimitar.jaxrs;

import static io.scimitar.jaxrs.support.ScimClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.jaxrs.support.ScimResponse;
import io.scimitar.jaxrs.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code POST /Bulk} (RFC 7644 §3.7) over HTTP. */
abstract class AbstractBulkTest extends ScimHttpTestBase {

  private JsonNode bulk(String operations) {
    return bulk(operations, "");
  }

  private JsonNode bulk(String operations, String extra) {
    ScimResponse response = tenantA.post("Bulk", "{\"schemas\":[\"" + BULK_REQUEST_URN + "\"]"
        + extra + ",\"Operations\":[" + operations + "]}");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.mediaType()).isEqualTo("application/scim+json");
    JsonNode body = response.json();
    assertThat(body.path("schemas").get(0).asText())
        .isEqualTo("urn:ietf:params:scim:api:messages:2.0:BulkResponse");
    return body.path("Operations");
  }

  private static String post(String bulkId, String path, String data) {
    return "{\"method\":\"POST\",\"bulkId\":\"" + bulkId + "\",\"path\":\"" + path
        + "\",\"data\":" + data + "}";
  }

  private static List<String> statuses(JsonNode results) {
    List<String> statuses = new ArrayList<>();
    results.forEach(result -> statuses.add(result.path("status").asText()));
    return statuses;
  }

  @Test
  void createsAUserAndAGroupReferencingItByBulkId() {
    String userName = uniqueName("bulk");
    JsonNode results = bulk(post("u1", "/Users", userJson(userName)) + ","
        + post("g1", "/Groups", groupJson("Bulk group " + userName, "bulkId:u1")));

    assertThat(results).hasSize(2);
    JsonNode user = results.get(0);
    assertThat(user.path("method").asText()).isEqualTo("POST");
    assertThat(user.path("bulkId").asText()).isEqualTo("u1");
    assertThat(user.path("status").asText()).isEqualTo("201");
    assertThat(user.path("version").asText()).isEqualTo("W/\"1\"");
    String userLocation = user.path("location").asText();
    assertThat(userLocation).startsWith(server.baseUri() + "Users/");
    String userId = userLocation.substring(userLocation.lastIndexOf('/') + 1);

    JsonNode group = results.get(1);
    assertThat(group.path("status").asText()).isEqualTo("201");
    String groupId = group.path("location").asText()
        .substring(group.path("location").asText().lastIndexOf('/') + 1);
    JsonNode stored = tenantA.get("Groups/" + groupId).json();
    assertThat(stored.path("members").findValuesAsText("value")).containsExactly(userId);
  }

  @Test
  void runsAReferencedPostFirstAndAnswersInRequestOrder() {
    String userName = uniqueName("forward");
    JsonNode results = bulk(
        post("g", "/Groups", groupJson("Forward " + userName, "bulkId:u")) + ","
            + "{\"method\":\"PATCH\",\"path\":\"/Users/bulkId:u\",\"data\":" + patchJson(
                "{\"op\":\"replace\",\"path\":\"nickName\",\"value\":\"Babs\"}") + "},"
            + post("u", "/Users", userJson(userName)));

    assertThat(statuses(results)).containsExactly("201", "200", "201");
    assertThat(results.findValuesAsText("method")).containsExactly("POST", "PATCH", "POST");
    String userLocation = results.get(2).path("location").asText();
    assertThat(results.get(1).path("location").asText()).isEqualTo(userLocation);
    assertThat(results.get(1).path("version").asText()).isEqualTo("W/\"2\"");
    String userId = userLocation.substring(userLocation.lastIndexOf('/') + 1);
    assertThat(tenantA.get("Users/" + userId).json().path("nickName").asText()).isEqualTo("Babs");
  }

  @Test
  void circularReferencesAreResolvedByCreatingFirstAndCompletingAfterwards() {
    String suffix = UUID.randomUUID().toString();
    String user = createUser(tenantA, uniqueName("cycle"));
    JsonNode results = bulk(
        post("a", "/Groups", groupJson("A " + suffix, "bulkId:b", user)) + ","
            + post("b", "/Groups", groupJson("B " + suffix, "bulkId:a")) + ","
            + post("c", "/Groups", groupJson("C " + suffix, "bulkId:a", "bulkId:b")));

    assertThat(statuses(results)).containsExactly("201", "201", "201");
    String a = id(results.get(0));
    String b = id(results.get(1));
    assertThat(members(a)).containsExactlyInAnyOrder(b, user);
    assertThat(members(b)).containsExactly(a);
    assertThat(members(id(results.get(2)))).containsExactlyInAnyOrder(a, b);
    assertThat(results.get(0).path("version").asText())
        .isEqualTo(tenantA.get("Groups/" + a).header("ETag"));
    assertThat(results.get(1).path("version").asText())
        .isEqualTo(tenantA.get("Groups/" + b).header("ETag"));
  }

  @Test
  void aCycleThatCannotBeCompletedIs409AndLeavesNothingBehind() {
    String suffix = UUID.randomUUID().toString();
    JsonNode results = bulk(
        post("a", "/Groups", "{\"schemas\":[\"" + GROUP_URN
            + "\"],\"members\":[{\"value\":\"bulkId:b\"}]}") + ","
            + post("b", "/Groups", groupJson("B " + suffix, "bulkId:a")));

    assertThat(statuses(results)).containsExactly("400", "409");
    assertThat(results.get(1).path("response").path("detail").asText())
        .contains("circular", "'a'", "'b'", "failed");
    assertThat(results.get(1).has("location")).isFalse();
    JsonNode left = tenantA.get("Groups?filter="
        + encode("displayName eq \"B " + suffix + "\""))
        .json();
    assertThat(left.path("totalResults").asInt()).isZero();
  }

  @Test
  void unresolvableReferencesAre409() {
    String suffix = UUID.randomUUID().toString();
    JsonNode results = bulk(
        post("c", "/Groups", groupJson("C " + suffix, "bulkId:nowhere")) + ","
            + post("bad", "/Groups", "{\"schemas\":[\"" + GROUP_URN + "\"]}") + ","
            + post("d", "/Groups", groupJson("D " + suffix, "bulkId:bad")) + ","
            + "{\"method\":\"DELETE\",\"path\":\"/Groups/bulkId:bad\"},"
            + post("e", "/Groups", groupJson("E " + suffix)));

    assertThat(statuses(results)).containsExactly("409", "400", "409", "409", "201");
    assertThat(results.get(0).path("response").path("detail").asText())
        .isEqualTo("bulkId 'nowhere' cannot be resolved: no POST operation in this request has "
            + "that bulkId");
    assertThat(results.get(0).path("response").path("status").asText()).isEqualTo("409");
    assertThat(results.get(0).has("location")).isFalse();
    assertThat(results.get(2).path("response").path("detail").asText())
        .isEqualTo("bulkId 'bad' cannot be resolved: the operation that creates it failed");
  }

  private static String id(JsonNode result) {
    String location = result.path("location").asText();
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private List<String> members(String groupId) {
    return tenantA.get("Groups/" + groupId).json().path("members").findValuesAsText("value");
  }

  @Test
  void failOnErrorsStopsProcessing() {
    String taken = uniqueName("taken");
    createUser(tenantA, taken);
    JsonNode results = bulk(post("x", "/Users", userJson(taken)) + ","
        + post("y", "/Users", userJson(uniqueName("never"))), ",\"failOnErrors\":1");

    assertThat(results).hasSize(1);
    assertThat(results.get(0).path("status").asText()).isEqualTo("409");
    assertThat(results.get(0).path("response").path("scimType").asText()).isEqualTo("uniqueness");
  }

  @Test
  void failedOperationsDoNotStopTheOthersAndCarryTheirErrors() {
    String id = createUser(tenantA, uniqueName("versions"));
    JsonNode results = bulk(
        "{\"method\":\"PUT\",\"path\":\"/Users/" + id + "\",\"version\":\"W/\\\"9\\\"\",\"data\":"
            + userJson(uniqueName("put")) + "},"
            + "{\"method\":\"DELETE\",\"path\":\"/Users/unknown-id\"},"
            + "{\"method\":\"GET\",\"path\":\"/Users/" + id + "\"},"
            + "{\"method\":\"POST\",\"bulkId\":\"w\",\"path\":\"/Widgets\",\"data\":{}},"
            + "{\"method\":\"PATCH\",\"path\":\"/Users\",\"data\":" + patchJson("") + "},"
            + "{\"method\":\"POST\",\"bulkId\":\"n\",\"path\":\"/Users\"},"
            + "{\"method\":\"DELETE\",\"path\":\"/Users/" + id + "\",\"version\":\"W/\\\"1\\\"\"}");

    assertThat(statuses(results))
        .containsExactly("412", "404", "400", "404", "400", "400", "204");
    assertThat(results.get(0).path("location").asText())
        .isEqualTo(server.baseUri() + "Users/" + id);
    assertThat(results.get(2).path("response").path("scimType").asText())
        .isEqualTo("invalidValue");
    assertThat(results.get(5).path("response").path("scimType").asText())
        .isEqualTo("invalidSyntax");
    assertError(tenantA.get("Users/" + id), 404, null);
  }

  @Test
  void requestsOverTheLimitsAre413AndMalformedRequests400() {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i <= TestServer.MAX_BULK_OPERATIONS; i++) {
      many.append(i == 0 ? "" : ",").append("{\"method\":\"DELETE\",\"path\":\"/Users/").append(i)
          .append("\"}");
    }
    JsonNode tooMany = assertError(tenantA.post("Bulk", "{\"schemas\":[\"" + BULK_REQUEST_URN
        + "\"],\"Operations\":[" + many + "]}"), 413, null);
    assertThat(tooMany.path("detail").asText())
        .contains("maxOperations (" + TestServer.MAX_BULK_OPERATIONS + ")");

    assertError(tenantA.post("Bulk", "{\"Operations\":[]}"), 400, "invalidSyntax");
    assertError(tenantA.post("Bulk", "{\"schemas\":[\"" + BULK_REQUEST_URN + "\"]}"), 400,
        "invalidSyntax");
    assertError(tenantA.post("Bulk", "{\"schemas\":[\"" + BULK_REQUEST_URN
        + "\"],\"failOnErrors\":0,\"Operations\":[]}"), 400, "invalidValue");
    assertError(tenantA.post("Bulk", "{\"schemas\":[\"" + BULK_REQUEST_URN + "\"],\"Operations\":["
        + post("same", "/Users", userJson(uniqueName("a"))) + ","
        + post("same", "/Users", userJson(uniqueName("b"))) + "]}"), 400, "invalidValue");
  }
}
