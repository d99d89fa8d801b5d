package io.scimitar.store.jdbc.auth;

import io.scimitar.core.error.ScimException;
import io.scimitar.store.jdbc.SqlFailures;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Runs the key and sync-switch statements on the host's data source: each change in one
 * transaction, each lookup as a single statement. A change that lost to a concurrent transaction
 * is run again after a back-off, by the same rules as the resource store ({@link SqlFailures}); a
 * lost or unreachable database becomes a SCIM error 503 with {@code Retry-After}, so a request
 * authenticated while the database is down gets a SCIM answer; other database errors are bugs
 * and stay unchecked exceptions.
 */
final class Transactions {

  /** A unit of work on one connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;

  Transactions(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
  <T> T run(Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return once(work);
      } catch (SQLException e) {
        if (!SqlFailures.isRetryable(e) || attempt >= SqlFailures.MAX_ATTEMPTS) {
          throw translate(e);
        }
      }
      SqlFailures.backOff(attempt);
    }
  }

  /**
   * Runs {@code work} that only reads, on a connection as the pool hands it out: no transaction
   * to begin and commit, which keeps the per-request lookups to one round trip.
   */
  <T> T read(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw translate(e);
    }
  }

  /** Whether a statement failed on a unique or primary key. */
  static boolean isIntegrityViolation(SQLException e) {
    return SqlFailures.isIntegrityViolation(e);
  }

  private <T> T once(Work<T> work) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        try {
          connection.rollback();
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }

  private static RuntimeException translate(SQLException e) {
    Optional<ScimException> unavailable = SqlFailures.asUnavailable(e, "the SCIM key store");
    if (unavailable.isPresent()) {
      ScimException error = unavailable.get();
      error.initCause(e);
      return error;
    }
    return new IllegalStateException("SCIM key store statement failed: " + e.getMessage(), e);
  }
}
