package io.scimitar.events.set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A SET receiver on a real socket (the JDK's HTTP server on loopback) for tests. It verifies
 * every SET as a receiver must (media type, {@code typ}, JWS signature against the transmitter's
 * JWKS, with Nimbus) and keeps the claims of those it accepts. Its {@link Mode} makes it slow,
 * failing or hostile; {@link #stop()} and {@link #start()} take it down and bring it back on the
 * same port.
 */
final class TestReceiver implements AutoCloseable {

  /** How the receiver answers. */
  enum Mode {
    /** 202 Accepted for every valid SET. */
    ACCEPT,
    /** 500 for every request. */
    FAIL,
    /** Waits {@link #SLOW} before answering 202. */
    SLOW,
    /** Never answers (until stopped). */
    HANG,
    /** Answers 202 followed by an endless body (until the transmitter stops reading). */
    ENDLESS,
    /** 400 {@code invalid_request} for every SET. */
    REFUSE,
    /** 400 {@code invalid_key} for every SET. */
    INVALID_KEY
  }

  static final Duration SLOW = Duration.ofSeconds(3);

  private final JWKSet keys;
  private final List<JWTClaimsSet> accepted = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private final AtomicInteger requests = new AtomicInteger();
  private volatile Mode mode = Mode.ACCEPT;
  private int port;
  private HttpServer server;
  private ExecutorService executor;

  TestReceiver(JWKSet keys) throws IOException {
    this.keys = keys;
    start();
  }

  /** Binds the receiver (on the port it had before, after a {@link #stop()}). */
  synchronized void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    port = server.getAddress().getPort();
    executor = Executors.newCachedThreadPool();
    server.setExecutor(executor);
    server.createContext("/events", this::handle);
    server.start();
  }

  /** Takes the receiver down: its port refuses connections until {@link #start()}. */
  synchronized void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  void mode(Mode value) {
    mode = value;
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + port + "/events");
  }

  /** The claims of the SETs answered with 202, in arrival order. */
  synchronized List<JWTClaimsSet> accepted() {
    return List.copyOf(accepted);
  }

  /** What was wrong with requests that were not valid SETs. */
  synchronized List<String> problems() {
    return List.copyOf(problems);
  }

  int requests() {
    return requests.get();
  }

  @Override
  public void close() {
    stop();
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      Mode now = mode;
      switch (now) {
        case FAIL -> answer(exchange, 500, "{}");
        case HANG -> hang();
        case REFUSE -> answer(exchange, 400,
            "{\"err\":\"invalid_request\",\"description\":\"not for us\"}");
        case INVALID_KEY -> answer(exchange, 400,
            "{\"err\":\"invalid_key\",\"description\":\"unknown kid\"}");
        default -> receive(exchange, new String(body, StandardCharsets.US_ASCII), now);
      }
    }
  }

  private void receive(HttpExchange exchange, String token, Mode now) throws IOException {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    JWTClaimsSet claims;
    try {
      claims = verify(type, token);
    } catch (IllegalStateException | ParseException | JOSEException e) {
      synchronized (this) {
        problems.add(e.getMessage());
      }
      answer(exchange, 400, "{\"err\":\"invalid_request\",\"description\":\"bad SET\"}");
      return;
    }
    if (now == Mode.SLOW) {
      sleep(SLOW);
    }
    synchronized (this) {
      accepted.add(claims);
    }
    if (now == Mode.ENDLESS) {
      exchange.sendResponseHeaders(202, 0);
      byte[] chunk = new byte[64 * 1024];
      try (OutputStream out = exchange.getResponseBody()) {
        while (!Thread.currentThread().isInterrupted()) {
          out.write(chunk);
        }
      } catch (IOException e) {
        // The transmitter stopped reading: what a hostile receiver wants to test.
      }
      return;
    }
    exchange.sendResponseHeaders(202, -1);
  }

  private JWTClaimsSet verify(String type, String token) throws ParseException, JOSEException {
    if (!"application/secevent+jwt".equals(type)) {
      throw new IllegalStateException("Content-Type was " + type);
    }
    SignedJWT jwt = SignedJWT.parse(token);
    if (!SetSigningKey.SET_TYPE.equals(jwt.getHeader().getType())) {
      throw new IllegalStateException("typ was " + jwt.getHeader().getType());
    }
    JWK key = keys.getKeyByKeyId(jwt.getHeader().getKeyID());
    if (key == null) {
      throw new IllegalStateException("unknown kid " + jwt.getHeader().getKeyID());
    }
    JWSVerifier verifier = new DefaultJWSVerifierFactory()
        .createJWSVerifier(jwt.getHeader(), key.toECKey().toPublicKey());
    if (!jwt.verify(verifier)) {
      throw new IllegalStateException("bad signature");
    }
    return jwt.getJWTClaimsSet();
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static void hang() {
    sleep(Duration.ofMinutes(10));
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
