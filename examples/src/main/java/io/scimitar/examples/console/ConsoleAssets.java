package io.scimitar.examples.console;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the console's files (HTML, CSS, JavaScript modules, an SVG icon) from the jar's
 * {@code console/} resources at {@code /}: {@code /} is the page, {@code /assets/<name>} the rest.
 * Everything is local, so the console works offline, and a Content-Security-Policy of
 * {@code 'self'} keeps it that way: no inline script, no other origin, no framing.
 */
public final class ConsoleAssets implements HttpHandler {
  private static final String ROOT = "console/";
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "svg", "image/svg+xml");
  private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
      + " img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none';"
      + " frame-ancestors 'none'";

  /** Files read once; only files that exist, so unknown names cannot grow it. */
  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, "text/plain; charset=utf-8", bytes("405 method not allowed\n"));
        return;
      }
      String path = exchange.getRequestURI().getPath();
      Optional<String> name = resourceName(path);
      Optional<byte[]> content = name.flatMap(this::load);
      if (content.isEmpty()) {
        send(exchange, 404, "text/plain; charset=utf-8", bytes("404 not found: " + path + "\n"));
        return;
      }
      send(exchange, 200, TYPES.get(extension(name.get())), content.get());
    }
  }

  /** {@code /} is the page; {@code /assets/x.js} is {@code x.js}; nothing else, no folders. */
  static Optional<String> resourceName(String path) {
    if (path.equals("/") || path.equals("/index.html")) {
      return Optional.of("index.html");
    }
    if (!path.startsWith("/assets/")) {
      return Optional.empty();
    }
    String name = path.substring("/assets/".length());
    boolean plain = name.matches("[a-z0-9][a-z0-9-]*\\.[a-z]+");
    return plain && TYPES.containsKey(extension(name)) ? Optional.of(name) : Optional.empty();
  }

  private Optional<byte[]> load(String name) {
    return Optional.ofNullable(cache.computeIfAbsent(name, key -> {
      try (InputStream in = ConsoleAssets.class.getClassLoader().getResourceAsStream(ROOT + key)) {
        return in == null ? null : in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", type);
    headers.set("Content-Security-Policy", POLICY);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("Cache-Control", "no-cache");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static String extension(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
