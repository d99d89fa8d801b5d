package io.scimitar.jaxrs.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replays requests recorded from identity providers' documentation (test resources under
 * {@code idp/}, see the README there): the method, path, query, client headers and body of an
 * entry are sent as they are, with only example ids replaced by the ids this server assigned, and
 * the status is checked against the statuses the vendor expects.
 */
public final class IdpReplay {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** The path prefixes the vendors' examples use for their own base URLs. */
  private static final List<String> BASE_PREFIXES =
      List.of("/identity/scim/v2", "/scim/v2", "/scim");
  /** Client headers worth replaying; Authorization comes from the test client. */
  private static final List<String> REPLAYED_HEADERS =
      List.of("Content-Type", "Accept", "Accept-Charset", "Accept-Encoding", "User-Agent");

  private final JsonNode document;

  private IdpReplay(JsonNode document) {
    this.document = document;
  }

  /** Loads {@code idp/<name>} from the test resources. */
  public static IdpReplay load(String name) {
    try (InputStream in = IdpReplay.class.getResourceAsStream("/idp/" + name)) {
      return new IdpReplay(MAPPER.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole document, e.g. for the Runscope suite. */
  public JsonNode document() {
    return document;
  }

  /** The recorded request with this id. */
  public JsonNode request(String id) {
    for (JsonNode request : document.path("requests")) {
      if (request.path("id").asText().equals(id)) {
        return request;
      }
    }
    throw new IllegalArgumentException("no recorded request " + id);
  }

  /**
   * Sends a recorded request, replacing each key of {@code replacements} by its value in the path,
   * query and body, and asserts that the status is one the vendor expects.
   */
  public ScimResponse send(ScimClient client, String id, Map<String, String> replacements) {
    JsonNode request = request(id);
    String path = replace(stripBase(request.path("path").asText()), replacements);
    String query = request.path("query").asText("");
    if (!query.isEmpty()) {
      path += "?" + encodeQuery(replace(query, replacements));
    }
    String body = request.path("body").isMissingNode() || request.path("body").isNull()
        ? null : replace(request.path("body").toString(), replacements);
    List<String> headers = new ArrayList<>();
    request.path("headers").properties().forEach(header -> {
      if (REPLAYED_HEADERS.contains(header.getKey())) {
        headers.add(header.getKey());
        headers.add(header.getValue().asText());
      }
    });
    ScimResponse response = client.send(
        request.path("method").asText(), path, body, headers.toArray(String[]::new));
    List<Integer> expected = new ArrayList<>();
    request.path("expect").path("status").forEach(status -> expected.add(status.asInt()));
    assertThat(response.status()).as(id + ": " + response.body()).isIn(expected);
    return response;
  }

  private static String stripBase(String path) {
    for (String prefix : BASE_PREFIXES) {
      if (path.startsWith(prefix + "/")) {
        return path.substring(prefix.length() + 1);
      }
    }
    return path.startsWith("/") ? path.substring(1) : path;
  }

  /** Encodes the values the examples wrote unencoded (spaces, quotes); keeps encoded ones. */
  public static String encodeQuery(String query) {
    List<String> parts = new ArrayList<>();
    for (String parameter : query.split("&", -1)) {
      int equals = parameter.indexOf('=');
      String name = parameter.substring(0, equals);
      String value = parameter.substring(equals + 1);
      boolean encoded = value.matches("[A-Za-z0-9%._~+-]*");
      parts.add(name + "=" + (encoded ? value : ScimClient.encode(value)));
    }
    return String.join("&", parts);
  }

  private static String replace(String text, Map<String, String> replacements) {
    String result = text;
    for (Map.Entry<String, String> replacement : replacements.entrySet()) {
      result = result.replace(replacement.getKey(), replacement.getValue());
    }
    return result;
  }
}
