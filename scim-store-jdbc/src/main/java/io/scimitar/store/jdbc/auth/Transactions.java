package io.scimitar.store.jdbc.auth;

import io.scimitar.core.error.ScimException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;

/**
 * Runs the key and sync-switch statements on the host's data source: each change in one
 * transaction, each lookup as a single statement. A serialisation failure or deadlock is retried a few times; a lost or unreachable
 * database becomes a SCIM error 503, so a request authenticated while the database is down gets
 * a SCIM answer; other database errors are bugs and stay unchecked exceptions.
 */
final class Transactions {
  private static final int MAX_ATTEMPTS = 4;

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
        if (!isSerializationFailure(e) || attempt >= MAX_ATTEMPTS) {
          throw translate(e);
        }
      }
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
    return e.getSQLState() != null && e.getSQLState().startsWith("23");
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

  private static boolean isSerializationFailure(SQLException e) {
    return e.getSQLState() != null && e.getSQLState().startsWith("40");
  }

  private static RuntimeException translate(SQLException e) {
    boolean unreachable = (e.getSQLState() != null && e.getSQLState().startsWith("08"))
        || e instanceof SQLTransientConnectionException
        || e instanceof SQLNonTransientConnectionException
        || e instanceof SQLRecoverableException
        || e instanceof SQLTimeoutException
        || isSerializationFailure(e);
    if (unreachable) {
      ScimException unavailable =
          ScimException.unavailable("the SCIM key store is unavailable; try again later");
      unavailable.initCause(e);
      return unavailable;
    }
    return new IllegalStateException("SCIM key store statement failed: " + e.getMessage(), e);
  }
}
