package io.scimitar.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** SCIM over HTTP as an identity provider sends it, each answer recorded in a {@link Tally}. */
final class ScimHttp {
  /** The client's own timeout: twice the stated bound, so that a hang is seen, not cut short. */
  static final Duration TIMEOUT = Duration.ofMillis(2 * Tally.HANG_BOUND_MILLIS);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
  private final String base;
  private final String token;
  private final Tally tally;

  ScimHttp(String base, String token, Tally tally) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.token = token;
    this.tally = tally;
  }

  static String filter(String expression) {
    return "filter=" + URLEncoder.encode(expression, StandardCharsets.UTF_8);
  }

  Reply send(String method, String path, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(TIMEOUT)
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/scim+json")
        .header("User-Agent", "Okta SCIM Client 1.0.0 (scimitar reliability workload)")
        .method(method, body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/scim+json");
    }
    long started = System.currentTimeMillis();
    Reply reply;
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String retryAfter = response.headers().firstValue("Retry-After").orElse(null);
      reply = new Reply(response.statusCode(), parse(response.body()), retryAfter != null,
          retryAfter == null ? 0 : seconds(retryAfter));
    } catch (HttpTimeoutException e) {
      reply = Reply.failed(Reply.TIMED_OUT);
    } catch (IOException e) {
      reply = Reply.failed(Reply.NO_ANSWER);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      reply = Reply.failed(Reply.NO_ANSWER);
    }
    tally.record(method, path.replaceAll("/[0-9a-f-]{36}", "/{id}"), started,
        System.currentTimeMillis(), reply);
    return reply;
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isEmpty()) {
      return MissingNode.getInstance();
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }

  private static long seconds(String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
