package io.scimitar.jaxrs.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small SCIM client over {@link HttpClient}, relative to the server's base URL. */
public final class ScimClient {
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10))
      .build();

  private final URI base;
  private final String authorization;

  /**
   * @param base the SCIM base URL, ending with {@code /}
   * @param authorization the Authorization header value sent with every request, or null
   */
  public ScimClient(URI base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  /** URL-encodes a query parameter value (spaces as {@code +}). */
  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public ScimResponse get(String path, String... headers) {
    return send("GET", path, null, headers);
  }

  public ScimResponse post(String path, String body, String... headers) {
    return send("POST", path, body, headers);
  }

  public ScimResponse put(String path, String body, String... headers) {
    return send("PUT", path, body, headers);
  }

  public ScimResponse patch(String path, String body, String... headers) {
    return send("PATCH", path, body, headers);
  }

  public ScimResponse delete(String path, String... headers) {
    return send("DELETE", path, null, headers);
  }

  /**
   * Sends a request. {@code path} is relative to the base URL and already encoded;
   * {@code headers} are name-value pairs. A body is sent as {@code application/scim+json} unless
   * the headers name another Content-Type.
   */
  public ScimResponse send(String method, String path, String body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(30))
        .method(method, body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    boolean contentType = false;
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
      contentType |= headers[i].equalsIgnoreCase("Content-Type");
    }
    if (body != null && !contentType) {
      request.header("Content-Type", "application/scim+json");
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new ScimResponse(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
