package io.scimitar.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * The example server on a real PostgreSQL reached through a {@link TcpRelay}, which the test
 * unplugs and freezes: SCIM requests get a fast 503 with {@code Retry-After} (never a 500, never
 * a 30 s wait), readiness turns 503 while liveness stays 200, and everything works again within
 * seconds of the database coming back. Also a create repeated after a lost answer, on the real store.
 */
class DatabaseOutageTest {
  private static final String REQUIRE = "SCIMITAR_REQUIRE_DATABASES";
  private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final String TOKEN = "outage-test-secret-0123456789abcdef";
  private static final String USER = """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s",
       "name":{"givenName":"Barbara","familyName":"Jensen"},"active":true}""";
  /** A request waits up to 2 s for a connection and 10 s for a statement; 3 s of slack. */
  private static final Duration UNPLUGGED_BOUND = Duration.ofSeconds(5);
  private static final Duration FROZEN_BOUND = Duration.ofSeconds(15);
  /** The pool opens new connections in the background; on a busy machine that takes a while. */
  private static final Duration RECOVERY_BOUND = Duration.ofSeconds(15);

  private final String database = "scimitar_outage_"
      + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  private final HttpCalls http = new HttpCalls();
  private TcpRelay relay;
  private ExampleServer server;

  @TempDir
  Path keyDirectory;

  @BeforeEach
  void start() throws Exception {
    admin("CREATE DATABASE " + database);
    relay = TcpRelay.to(5432);
    server = ExampleServer.start(ExampleOptions.parse("--port", "0", "--token", TOKEN,
        "--store", "jdbc:postgresql://127.0.0.1:" + relay.port() + "/" + database,
        "--db-user", "postgres", "--key-dir", keyDirectory.toString(),
        "--repeated-creates", "answer-original"),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    if (relay != null) {
      relay.close();
    }
    admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
  }

  @Test
  void anUnpluggedDatabaseIsAFast503WithRetryAfterAndRecoversWithinSeconds() throws Exception {
    assertThat(create("before").status()).isEqualTo(201);
    assertThat(health("ready").status()).isEqualTo(200);

    relay.down();
    for (Supplier<HttpCalls.Answer> request : java.util.List.<Supplier<HttpCalls.Answer>>of(
        () -> http.get(scim("/Users"), TOKEN), () -> create("during"))) {
      assertUnavailableWithin(UNPLUGGED_BOUND, request);
    }
    HttpCalls.Answer ready = health("ready");
    assertThat(ready.status()).isEqualTo(503);
    assertThat(ready.raw().headers().firstValue("Retry-After")).isPresent();
    assertThat(health("live").status()).isEqualTo(200);

    relay.up();
    assertThat(untilNot503(RECOVERY_BOUND, () -> create("after")).status()).isEqualTo(201);
    assertThat(health("ready").status()).isEqualTo(200);
    assertThat(http.get(scim("/Users?filter=userName%20eq%20%22during%22"), TOKEN).json()
        .path("totalResults").asInt()).isZero();
  }

  @Test
  void aFrozenDatabaseIs503WithinTheStatementTimeout() throws Exception {
    assertThat(create("before").status()).isEqualTo(201);

    relay.pause();
    assertUnavailableWithin(FROZEN_BOUND, () -> create("frozen"));
    relay.up();

    assertThat(untilNot503(RECOVERY_BOUND, () -> http.get(scim("/Users"), TOKEN)).status())
        .isEqualTo(200);
  }

  @Test
  void aCreateRepeatedAfterALostAnswerGetsTheFirstUser() {
    HttpCalls.Answer first = create("repeated");
    HttpCalls.Answer again = create("repeated");

    assertThat(again.status()).isEqualTo(201);
    assertThat(again.json().path("id")).isEqualTo(first.json().path("id"));
    JsonNode found = http.get(scim("/Users?filter=userName%20eq%20%22repeated%22"), TOKEN).json();
    assertThat(found.path("totalResults").asInt()).isEqualTo(1);
  }

  private void assertUnavailableWithin(Duration bound, Supplier<HttpCalls.Answer> request) {
    long started = System.nanoTime();
    HttpCalls.Answer answer = request.get();
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(answer.status()).as(answer.body()).isEqualTo(503);
    assertThat(answer.raw().headers().firstValue("Retry-After")).hasValue("5");
    assertThat(answer.json().path("schemas").get(0).asText())
        .isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
    assertThat(took).isLessThan(bound);
  }

  /** Sends until the answer is not a 503 (each 503 must carry Retry-After), within a bound. */
  private static HttpCalls.Answer untilNot503(Duration bound, Supplier<HttpCalls.Answer> request)
      throws InterruptedException {
    long deadline = System.nanoTime() + bound.toNanos();
    while (true) {
      HttpCalls.Answer answer = request.get();
      if (answer.status() != 503 || System.nanoTime() > deadline) {
        return answer;
      }
      assertThat(answer.raw().headers().firstValue("Retry-After")).isPresent();
      Thread.sleep(250);
    }
  }

  private HttpCalls.Answer create(String userName) {
    return http.send("POST", scim("/Users"), TOKEN, USER.formatted(userName));
  }

  private HttpCalls.Answer health(String check) {
    return http.get(server.scimBaseUrl().replace(ExampleServer.SCIM_PATH, "/health/" + check),
        null);
  }

  private String scim(String path) {
    return server.scimBaseUrl() + path;
  }

  private static void admin(String sql) throws SQLException {
    DriverManager.setLoginTimeout(3);
    Connection connection;
    try {
      connection = DriverManager.getConnection(ADMIN_URL, "postgres", "");
    } catch (SQLException e) {
      if ("true".equalsIgnoreCase(System.getenv(REQUIRE))) {
        throw new AssertionError(ADMIN_URL + " is unreachable and " + REQUIRE + " is true", e);
      }
      throw new TestAbortedException(ADMIN_URL + " is unreachable: " + e.getMessage());
    }
    try (connection; Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
