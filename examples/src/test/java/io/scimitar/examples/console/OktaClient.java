package io.scimitar.examples.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Provisions over SCIM with a key the way Okta's SCIM 2.0 integration does: look the user up by
 * userName, create it, read it back, update it with a full PUT, then push a group (POST with no
 * members, PATCH to add the member), all with Okta's User-Agent and the key as bearer token.
 */
final class OktaClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String USER_AGENT = "Okta SCIM Client 1.0.0";

  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;
  private final String key;

  OktaClient(String baseUrl, String key) {
    this.baseUrl = baseUrl;
    this.key = key;
  }

  /** One HTTP answer. */
  record Answer(int status, JsonNode body) {}

  /** The user's id after Okta's create flow for {@code userName}. */
  String provisionUser(String userName, String givenName, String familyName) {
    Answer lookup = send("GET", "/Users?filter="
        + URLEncoder.encode("userName eq \"" + userName + "\"", StandardCharsets.UTF_8)
        + "&startIndex=1&count=100", null);
    require(lookup, 200);
    if (lookup.body().path("totalResults").asInt() != 0) {
      throw new AssertionError("the user exists already: " + lookup.body());
    }
    String body = """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%1$s",
         "name":{"givenName":"%2$s","familyName":"%3$s"},
         "emails":[{"primary":true,"value":"%1$s","type":"work"}],
         "displayName":"%2$s %3$s","locale":"en-US","externalId":"00u%4$s","groups":[],
         "password":"1mP0ssible-Pa55word","active":true}"""
        .formatted(userName, givenName, familyName, Integer.toHexString(userName.hashCode()));
    Answer created = require(send("POST", "/Users", body), 201);
    String id = created.body().path("id").asText();
    Answer read = require(send("GET", "/Users/" + id, null), 200);
    var update = (com.fasterxml.jackson.databind.node.ObjectNode) read.body().deepCopy();
    update.put("displayName", givenName + " " + familyName + " (Okta)");
    update.remove("meta");
    require(send("PUT", "/Users/" + id, update.toString()), 200);
    return id;
  }

  /** The group's id after Okta's group push of {@code displayName} with one member. */
  String pushGroup(String displayName, String memberId, String memberName) {
    Answer created = require(send("POST", "/Groups", """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"%s",
         "members":[]}""".formatted(displayName)), 201);
    String id = created.body().path("id").asText();
    Answer patched = send("PATCH", "/Groups/" + id, """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
         "Operations":[{"op":"add","path":"members",
           "value":[{"value":"%s","display":"%s"}]}]}""".formatted(memberId, memberName));
    if (patched.status() != 204 && patched.status() != 200) {
      throw new AssertionError("group push PATCH answered " + patched);
    }
    return id;
  }

  Answer send(String method, String path, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Authorization", "Bearer " + key)
        .header("User-Agent", USER_AGENT)
        .header("Accept", "application/scim+json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/scim+json; charset=utf-8");
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String text = response.body();
      return new Answer(response.statusCode(),
          text.isEmpty() ? JSON.missingNode() : JSON.readTree(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Answer require(Answer answer, int status) {
    if (answer.status() != status) {
      throw new AssertionError("expected " + status + ", got " + answer);
    }
    return answer;
  }
}
