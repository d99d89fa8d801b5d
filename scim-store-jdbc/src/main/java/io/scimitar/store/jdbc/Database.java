package io.scimitar.store.jdbc;

import io.scimitar.core.error.ScimException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Runs units of work in transactions on the host's data source: commit when the work returns,
 * roll back when it throws, so nothing is ever half-written. Failures become SCIM errors: a
 * transaction that lost to a concurrent one (serialisation failure, deadlock, lock timeout, a
 * Galera certification failure; see {@link SqlFailures}) is run again after a short back-off, up
 * to {@link SqlFailures#MAX_ATTEMPTS} times, and then, like a lost or unreachable database,
 * answered 503 with {@code Retry-After}; integrity violations are 409 {@code uniqueness}; values
 * the database refuses are 400 {@code invalidValue}. Other database errors are bugs and stay
 * unchecked exceptions (500), with the driver's message kept out of any client-facing detail.
 */
final class Database {

  /** A unit of work on one connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;

  Database(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Runs {@code work} in one transaction, again when it lost to a concurrent transaction. */
  <T> T inTransaction(Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return once(work);
      } catch (SQLException e) {
        if (!SqlFailures.isRetryable(e) || attempt >= SqlFailures.MAX_ATTEMPTS) {
          throw toScim(e);
        }
      }
      SqlFailures.backOff(attempt);
    }
  }

  private <T> T once(Work<T> work) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(connection, e);
        throw e;
      } finally {
        restore(connection, autoCommit);
      }
    }
  }

  private static void rollback(Connection connection, Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      // The connection is likely gone, and with it the transaction: report the first failure.
      cause.addSuppressed(e);
    }
  }

  private static void restore(Connection connection, boolean autoCommit) {
    try {
      connection.setAutoCommit(autoCommit);
    } catch (SQLException e) {
      // A broken connection is discarded by the pool on close; nothing is left to restore.
    }
  }

  static boolean isIntegrityViolation(SQLException e) {
    return SqlFailures.isIntegrityViolation(e);
  }

  /** The SCIM error for a database failure; unexpected failures become unchecked exceptions. */
  static RuntimeException toScim(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    Optional<ScimException> unavailable = SqlFailures.asUnavailable(e, "the database");
    if (unavailable.isPresent()) {
      return unavailable.get();
    }
    if (isIntegrityViolation(e)) {
      return ScimException.uniqueness("the write conflicts with data already stored");
    }
    if (state.startsWith("22")) {
      return ScimException.invalidValue("a value of the resource cannot be stored by the database"
          + " (too long, out of range or not representable)");
    }
    return new IllegalStateException("database error (SQLState " + state + ")", e);
  }
}
