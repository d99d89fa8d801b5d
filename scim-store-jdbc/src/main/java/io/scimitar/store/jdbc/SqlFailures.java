package io.scimitar.store.jdbc;

import io.scimitar.core.error.ScimException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What a failed statement means for the request that ran it, on every supported database; shared
 * by the resource store and the SCIM key store so that both retry and answer alike.
 *
 * <ul>
 *   <li><em>Retryable</em>: the database rolled the transaction back because of a concurrent one
 *       and running it again may succeed: PostgreSQL's serialisation failure (40001) and deadlock
 *       (40P01), MariaDB's deadlock (1213, which is also how Galera reports a transaction that
 *       failed certification against a write committed on another node) and lock wait timeout
 *       (1205), H2's deadlock (40001) and lock timeout (HYT00).
 *   <li><em>Unavailable</em>: the database cannot be reached or cannot take writes now: lost or
 *       refused connections (08xxx and the JDBC connection exception types), timeouts, a server
 *       shutting down (57P01–57P03), a cancelled statement (57014), a server out of resources
 *       such as connection slots (53xxx), a read-only server such as a
 *       standby that is not promoted yet (25006, MariaDB 1290) and a Galera node outside the
 *       primary component (1047). Not retried here: when a connection breaks during a commit,
 *       whether it committed is unknown, so only the client may decide to send the request again.
 * </ul>
 *
 * <p>Public only so that {@code io.scimitar.store.jdbc.auth} can share it; hosts need not call
 * it.
 */
public final class SqlFailures {
  /** How often a transaction that lost to a concurrent one runs in all. */
  public static final int MAX_ATTEMPTS = 5;

  /** What a 503 for a database that cannot be reached asks clients to wait. */
  static final Duration RETRY_UNAVAILABLE = ScimException.DEFAULT_RETRY_AFTER;
  /** What a 503 for writes that kept conflicting asks clients to wait: the conflict is brief. */
  static final Duration RETRY_CONFLICT = Duration.ofSeconds(1);

  private static final int MARIADB_LOCK_WAIT_TIMEOUT = 1205;
  private static final int MARIADB_DEADLOCK = 1213;
  private static final int MARIADB_READ_ONLY = 1290;
  private static final int GALERA_NOT_READY = 1047;
  private static final long FIRST_BACKOFF_MILLIS = 10;
  private static final long MAX_BACKOFF_MILLIS = 400;

  private SqlFailures() {}

  /** Whether running the transaction again may succeed: it lost to a concurrent one. */
  public static boolean isRetryable(SQLException e) {
    for (SQLException failure = e; failure != null; failure = failure.getNextException()) {
      String state = stateOf(failure);
      int code = failure.getErrorCode();
      if (state.equals("40001") || state.equals("40P01") || state.equals("HYT00")
          || code == MARIADB_DEADLOCK || code == MARIADB_LOCK_WAIT_TIMEOUT) {
        return true;
      }
    }
    return false;
  }

  /** Whether the database cannot be reached or cannot take writes at the moment. */
  public static boolean isUnavailable(SQLException e) {
    String state = stateOf(e);
    int code = e.getErrorCode();
    return e instanceof SQLTransientConnectionException
        || e instanceof SQLNonTransientConnectionException
        || e instanceof SQLRecoverableException
        || e instanceof SQLTimeoutException
        || state.startsWith("08") || state.equals("57014") || state.startsWith("57P")
        || state.startsWith("53") || state.equals("25006") || code == MARIADB_READ_ONLY
        || code == GALERA_NOT_READY;
  }

  /** Whether a statement failed on a unique or primary key (or another integrity rule). */
  public static boolean isIntegrityViolation(SQLException e) {
    return stateOf(e).startsWith("23");
  }

  /**
   * Waits before attempt {@code attempt + 1} of a transaction that lost to a concurrent one:
   * growing, jittered, so that the transactions that collided do not collide again.
   *
   * @throws ScimException 503 when the thread is interrupted while waiting
   */
  public static void backOff(int attempt) {
    long ceiling = Math.min(MAX_BACKOFF_MILLIS, FIRST_BACKOFF_MILLIS << Math.min(attempt, 10));
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ScimException.unavailable("the request was interrupted; retry it", RETRY_CONFLICT);
    }
  }

  /**
   * The 503 for a failure that is {@link #isRetryable retryable} (after the last attempt) or
   * {@link #isUnavailable unavailable}, with {@code Retry-After}; empty for any other failure.
   *
   * @param what what could not be reached, for the client, e.g. "the database"
   */
  public static Optional<ScimException> asUnavailable(SQLException e, String what) {
    if (isRetryable(e)) {
      return Optional.of(ScimException.unavailable(
          what + " could not order concurrent writes; retry the request", RETRY_CONFLICT));
    }
    if (isUnavailable(e)) {
      return Optional.of(
          ScimException.unavailable(what + " is unavailable; retry later", RETRY_UNAVAILABLE));
    }
    return Optional.empty();
  }

  private static String stateOf(SQLException e) {
    return e.getSQLState() == null ? "" : e.getSQLState();
  }
}
