package io.scimitar.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.scimitar.core.error.ScimException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/**
 * Liveness and readiness for load balancers and orchestrators, unauthenticated and without data:
 * {@code GET /health/live} is 200 while the process serves HTTP; {@code GET /health/ready} is
 * 200 when the store can serve writes, and 503 with {@code Retry-After} when it cannot (the
 * database away, a standby not promoted yet, a Galera node outside the primary component), so a
 * balancer sends SCIM requests to replicas that can answer them. Served by the JDK's server
 * directly, beside the JAX-RS applications, so a check costs no SCIM authentication.
 */
final class HealthEndpoints implements HttpHandler {
  /** Where the endpoints are served. */
  static final String PATH = "/health";

  private final BooleanSupplier ready;

  HealthEndpoints(BooleanSupplier ready) {
    this.ready = ready;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, "{\"status\":\"method not allowed\"}");
        return;
      }
      switch (exchange.getRequestURI().getPath()) {
        case PATH + "/live" -> send(exchange, 200, "{\"status\":\"UP\"}");
        case PATH + "/ready" -> {
          if (ready.getAsBoolean()) {
            send(exchange, 200, "{\"status\":\"UP\"}");
          } else {
            exchange.getResponseHeaders().set("Retry-After",
                Long.toString(ScimException.DEFAULT_RETRY_AFTER.toSeconds()));
            send(exchange, 503, "{\"status\":\"DOWN\"}");
          }
        }
        default -> send(exchange, 404, "{\"status\":\"no such check\"}");
      }
    }
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
