package io.scimitar.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimitar.core.error.ScimException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The failures a real database raises when two transactions collide, provoked with two
 * connections of its own: each is one {@link SqlFailures} retries, and once the attempts are
 * spent each is a 503 with {@code Retry-After}, never a 500.
 */
abstract class ConflictFailuresContract {
  abstract TestDatabase database();

  @BeforeEach
  void table() throws SQLException {
    try (Connection connection = database().dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS conflict_probe");
      statement.execute("CREATE TABLE conflict_probe (id INT PRIMARY KEY, n INT NOT NULL)");
      statement.execute("INSERT INTO conflict_probe VALUES (1, 0), (2, 0)");
    }
  }

  @Test
  void aDeadlockIsRetryableAndThenServiceUnavailable() throws Exception {
    SQLException deadlock = collide("UPDATE conflict_probe SET n = n + 1 WHERE id = 1",
        "UPDATE conflict_probe SET n = n + 1 WHERE id = 2",
        "UPDATE conflict_probe SET n = n + 1 WHERE id = 2",
        "UPDATE conflict_probe SET n = n + 1 WHERE id = 1");

    assertRetryableAndUnavailable(deadlock);
  }

  /**
   * Runs {@code firstA} on one connection and {@code firstB} on another, then {@code thenA}
   * (which waits for B's lock) and {@code thenB} (which closes the cycle): the database must
   * abort one of them, and the failure is returned.
   */
  final SQLException collide(String firstA, String firstB, String thenA, String thenB)
      throws Exception {
    try (Connection a = database().dataSource().getConnection();
        Connection b = database().dataSource().getConnection()) {
      a.setAutoCommit(false);
      b.setAutoCommit(false);
      try (Statement sa = a.createStatement(); Statement sb = b.createStatement()) {
        sa.executeUpdate(firstA);
        sb.executeUpdate(firstB);
        CompletableFuture<SQLException> waiting = CompletableFuture.supplyAsync(() -> {
          try {
            sa.executeUpdate(thenA);
            return null;
          } catch (SQLException e) {
            return e;
          }
        });
        SQLException failure = null;
        Thread.sleep(300);
        try {
          sb.executeUpdate(thenB);
        } catch (SQLException e) {
          failure = e;
        }
        if (failure != null) {
          b.rollback();
        }
        SQLException other = waiting.get(30, TimeUnit.SECONDS);
        return failure != null ? failure : other;
      } finally {
        a.rollback();
        b.rollback();
      }
    }
  }

  static void assertRetryableAndUnavailable(SQLException failure) {
    assertThat((Object) failure).as("the database aborted one of the transactions").isNotNull();
    assertThat(SqlFailures.isRetryable(failure))
        .as("SQLState %s, code %d", failure.getSQLState(), failure.getErrorCode()).isTrue();
    RuntimeException answer = Database.toScim(failure);
    assertThat(answer).isInstanceOf(ScimException.class);
    ScimException error = (ScimException) answer;
    assertThat(error.status()).isEqualTo(503);
    assertThat(error.retryAfter()).contains(Duration.ofSeconds(1));
  }
}
