package io.scimitar.events.set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Pushes one SET to one receiver over HTTP (RFC 8935 §2): a POST with {@code Content-Type:
 * application/secevent+jwt} and {@code Accept: application/json}, bounded in time as a whole
 * (connect, answer and body) and in the bytes of the answer it reads. It never throws for what
 * the receiver does; every end is a {@link PushOutcome}.
 */
public final class SetPushClient {
  /** The media type of a SET (RFC 8417 §7.2). */
  public static final String SET_MEDIA_TYPE = "application/secevent+jwt";
  /** The RFC 8935 §2.4 error code of a SET the receiver could not parse or accept as such. */
  public static final String INVALID_REQUEST = "invalid_request";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_ANSWER_BYTES = 16 * 1024;
  private static final int MAX_REASON_CHARS = 200;

  private final HttpClient http;
  private final Duration timeout;

  /**
   * A client whose every push ends within {@code timeout}.
   *
   * @param timeout the longest a push may take, from connecting to the last byte read
   */
  public SetPushClient(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the push timeout must be positive");
    }
    this.timeout = timeout;
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(timeout)
        // A SET is not sent on to wherever a redirect points.
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** Pushes {@code token} (a signed SET, compact serialization) to {@code receiver}. */
  public PushOutcome push(SetReceiver receiver, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(receiver.endpoint())
        .timeout(timeout)
        .header("Content-Type", SET_MEDIA_TYPE)
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(token, StandardCharsets.US_ASCII));
    receiver.authorization().ifPresent(value -> request.header("Authorization", value));
    CompletableFuture<HttpResponse<byte[]>> exchange =
        http.sendAsync(request.build(), BoundedBody.handler(MAX_ANSWER_BYTES));
    try {
      HttpResponse<byte[]> response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return outcome(response.statusCode(), response.body());
    } catch (TimeoutException e) {
      exchange.cancel(true);
      return new PushOutcome.Failed("no complete answer within " + timeout);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return new PushOutcome.Failed(cause.getClass().getSimpleName() + ": " + cause.getMessage());
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      return new PushOutcome.Failed("interrupted");
    }
  }

  static PushOutcome outcome(int status, byte[] body) {
    if (status >= 200 && status < 300) {
      return new PushOutcome.Accepted(status);
    }
    if (status == 400) {
      JsonNode error = parse(body);
      String err = text(error, "err");
      String description = text(error, "description");
      if (INVALID_REQUEST.equals(err)) {
        return new PushOutcome.Refused(err, description);
      }
      return new PushOutcome.Failed("400 " + (err.isEmpty() ? "without an error code" : err)
          + (description.isEmpty() ? "" : ": " + description));
    }
    return new PushOutcome.Failed("HTTP " + status);
  }

  private static JsonNode parse(byte[] body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      // A truncated or non-JSON answer carries no error code.
      return JSON.nullNode();
    }
  }

  private static String text(JsonNode error, String field) {
    JsonNode value = error == null ? null : error.get(field);
    if (value == null || !value.isTextual()) {
      return "";
    }
    String text = value.asText();
    return text.length() > MAX_REASON_CHARS ? text.substring(0, MAX_REASON_CHARS) : text;
  }
}
