package io.scimitar.store.jdbc;

import io.scimitar.core.error.ScimException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;

/**
 * Runs units of work in transactions on the host's data source: commit when the work returns,
 * roll back when it throws, so nothing is ever half-written. Failures become SCIM errors: a
 * serialisation failure or deadlock is retried a few times and then, like a lost or unreachable
 * database, answered 503; integrity violations are 409 {@code uniqueness}; values the database
 * refuses are 400 {@code invalidValue}. Other database errors are bugs and stay unchecked
 * exceptions (500), with the driver's message kept out of any client-facing detail.
 */
final class Database {
  private static final int MAX_ATTEMPTS = 4;

  /** A unit of work on one connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;

  Database(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Runs {@code work} in one transaction, retrying it after a serialisation failure. */
  <T> T inTransaction(Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return once(work);
      } catch (SQLException e) {
        if (!isSerializationFailure(e) || attempt >= MAX_ATTEMPTS) {
          throw toScim(e);
        }
      }
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

  static boolean isSerializationFailure(SQLException e) {
    String state = e.getSQLState();
    return "40001".equals(state) || "40P01".equals(state);
  }

  static boolean isIntegrityViolation(SQLException e) {
    String state = e.getSQLState();
    return state != null && state.startsWith("23");
  }

  /** The SCIM error for a database failure; unexpected failures become unchecked exceptions. */
  static RuntimeException toScim(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (e instanceof SQLTransientConnectionException
        || e instanceof SQLNonTransientConnectionException
        || e instanceof SQLRecoverableException || e instanceof SQLTimeoutException
        || state.startsWith("08") || state.equals("57014") || state.startsWith("57P")
        || state.equals("HYT00")) {
      return ScimException.unavailable("the database is unavailable; retry later");
    }
    if (isSerializationFailure(e)) {
      return ScimException.unavailable(
          "the database could not order concurrent writes; retry the request");
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
