package io.scimitar.jaxrs;

import static io.scimitar.jaxrs.support.ScimClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.jaxrs.support.ScimResponse;
import io.scimitar.jaxrs.support.TestServer;
import org.junit.jupiter.api.Test;

/** Every failure is a SCIM error body with the right status, keyword and a safe detail. */
abstract class AbstractErrorHandlingTest extends ScimHttpTestBase {

  @Test
  void unknownPathsAre404() {
    assertError(tenantA.get("Widgets"), 404, null);
    assertThat(assertError(tenantA.post("Widgets", "{}"), 404, null).path("detail").asText())
        .isEqualTo("no resource type at endpoint /Widgets");
    assertError(tenantA.get("Users/some/thing"), 404, null);
    assertThat(assertError(tenantA.get("Users/missing-id"), 404, null).path("detail").asText())
        .contains("missing-id");
    assertError(tenantA.get("Groups/missing-id"), 404, null);
  }

  @Test
  void unsupportedMethodsAre405WithAllow() {
    ScimResponse putConfig = tenantA.put("ServiceProviderConfig", "{}");
    assertError(putConfig, 405, null);
    assertThat(putConfig.header("Allow")).contains("GET");
    assertError(tenantA.post("ServiceProviderConfig", "{}"), 405, null);
    assertError(tenantA.delete("Schemas"), 405, null);
    assertError(tenantA.patch("ResourceTypes/User", "{}"), 405, null);
    assertError(tenantA.post("Schemas", "{}"), 405, null);
    assertError(tenantA.put("Users", userJson(uniqueName("x"))), 405, null);
    assertError(tenantA.delete("Users"), 405, null);
    assertError(tenantA.post("Users/some-id", userJson(uniqueName("x"))), 405, null);
    assertError(tenantA.get("Bulk"), 405, null);
    assertError(tenantA.get(".search"), 405, null);
    assertError(tenantA.get("Users/.search"), 405, null);
  }

  @Test
  void unsupportedContentTypeIs415AndUnacceptableAcceptIs406() {
    assertError(tenantA.post("Users", userJson(uniqueName("x")), "Content-Type", "text/xml"),
        415, null);
    assertError(tenantA.patch("Users/x", "{}", "Content-Type", "application/x-www-form-urlencoded"),
        415, null);
    assertError(tenantA.get("Users", "Accept", "application/xml"), 406, null);
  }

  @Test
  void malformedBodiesAre400InvalidSyntax() {
    JsonNode broken = assertError(tenantA.post("Users", "{\"userName\": "), 400, "invalidSyntax");
    assertThat(broken.path("detail").asText()).contains("line 1");
    assertError(tenantA.post("Users", "[1,2]"), 400, "invalidSyntax");
    assertError(tenantA.post("Users", ""), 400, "invalidSyntax");
    assertError(tenantA.post("Users", "{\"userName\":\"a\",\"userName\":\"b\"}"), 400,
        "invalidSyntax");
    String id = createUser(tenantA, uniqueName("patch"));
    assertError(tenantA.patch("Users/" + id, "{\"schemas\":[\"" + PATCH_URN
        + "\"],\"Operations\":[{\"op\":\"explode\",\"path\":\"active\"}]}"), 400,
        "invalidSyntax");
  }

  @Test
  void schemaViolationsAre400WithTheirKeyword() {
    assertError(tenantA.post("Users", "{\"schemas\":[\"" + USER_URN + "\"],\"active\":true}"),
        400, "invalidValue");
    assertError(tenantA.get("Users?filter=" + encode("userName eq")), 400, "invalidFilter");
    assertError(tenantA.get("Users?filter=" + encode("nosuch eq \"x\"")), 400, "invalidFilter");
  }

  @Test
  void oversizeBodiesAre413() {
    String padding = "x".repeat(TestServer.MAX_PAYLOAD_BYTES);
    String body = userJson(uniqueName("big")).replace("\"active\":true",
        "\"active\":true,\"nickName\":\"" + padding + "\"");
    JsonNode error = assertError(tenantA.post("Users", body), 413, null);
    assertThat(error.path("detail").asText())
        .contains(Integer.toString(TestServer.MAX_PAYLOAD_BYTES));
    assertError(tenantA.post("Bulk", "{\"schemas\":[\"" + BULK_REQUEST_URN
        + "\"],\"Operations\":[],\"padding\":\"" + padding + "\"}"), 413, null);
  }

  @Test
  void unexpectedFailuresAre500WithoutInternals() {
    for (ScimResponse response : new ScimResponse[] {
        tenantA.get("Broken/42"),
        tenantA.post("Broken", "{\"schemas\":[\"urn:example:scim:schemas:Device\"],"
            + "\"displayName\":\"x\"}")}) {
      JsonNode error = assertError(response, 500, null);
      assertThat(error.path("detail").asText())
          .startsWith("internal server error (correlation id ")
          .doesNotContain("jdbc", "hunter2", "IllegalStateException");
      assertThat(response.body()).doesNotContain("hunter2", "at io.scimitar", "Exception");
    }
  }

  @Test
  void errorBodiesFollowTheNegotiatedMediaType() {
    ScimResponse json = tenantA.get("Users/missing", "Accept", "application/json");
    assertThat(json.status()).isEqualTo(404);
    assertThat(json.mediaType()).isEqualTo("application/json");
    assertThat(json.json().path("status").asText()).isEqualTo("404");
  }
}
