package io.scimitar.examples.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.jaxrs.support.IdpReplay;
import io.scimitar.jaxrs.support.ScimClient;
import io.scimitar.jaxrs.support.ScimResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requests of Microsoft's SCIM reference-server Postman collection (the
 * {@code reference_server_postman} entries of {@code idp/entra-id-extra.json}): raw bodies with
 * capitalised attribute names, string booleans and misspellings, sent as written with only the
 * collection's variables filled in.
 */
final class PostmanCollection {
  private static final Pattern VARIABLE = Pattern.compile("\\{\\{(\\w+)}}");
  private static final Pattern ASSERTED_STATUS =
      Pattern.compile("pm\\.response\\.to\\.have\\.status\\((\\d{3})\\)");

  private final JsonNode requests =
      IdpReplay.load("entra-id-extra.json").document().path("reference_server_postman");

  /**
   * A request of the collection, ready to send: {@code variables} fill its {@code {{name}}}
   * placeholders and each {@code ${__UUID}} becomes a new UUID.
   */
  Request request(String name, Map<String, String> variables) {
    JsonNode request = entry(name);
    String url = fill(request.path("url").asText(), variables).substring(1);
    int query = url.indexOf('?');
    if (query >= 0) {
      url = url.substring(0, query + 1) + IdpReplay.encodeQuery(url.substring(query + 1));
    }
    JsonNode body = request.path("body_raw");
    return new Request(request.path("method").asText(), url,
        body.isNull() ? null : fill(body.asText(), variables));
  }

  /** Fills and sends a request of the collection. */
  ScimResponse send(ScimClient client, String name, Map<String, String> variables) {
    return request(name, variables).send(client);
  }

  /** The status the collection's test script asserts for a request. */
  int assertedStatus(String name) {
    Matcher status = ASSERTED_STATUS.matcher(entry(name).path("postman_tests").asText());
    if (!status.find()) {
      throw new IllegalArgumentException(name + " asserts no status");
    }
    return Integer.parseInt(status.group(1));
  }

  private JsonNode entry(String name) {
    for (JsonNode request : requests) {
      if (request.path("name").asText().equals(name)) {
        return request;
      }
    }
    throw new IllegalArgumentException("no request named " + name);
  }

  /**
   * A filled-in request.
   *
   * @param method the HTTP method
   * @param path the path and encoded query, relative to the SCIM base URL
   * @param body the raw body as the collection writes it, or null
   */
  record Request(String method, String path, String body) {
    ScimResponse send(ScimClient client) {
      return client.send(method, path, body);
    }
  }

  private static String fill(String text, Map<String, String> variables) {
    Matcher matcher = VARIABLE.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      String value = variables.get(matcher.group(1));
      if (value == null) {
        throw new IllegalArgumentException("no value for {{" + matcher.group(1) + "}}");
      }
      matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(filled);
    String result = filled.toString();
    while (result.contains("${__UUID}")) {
      result = result.replaceFirst(Pattern.quote("${__UUID}"), UUID.randomUUID().toString());
    }
    return result;
  }
}
