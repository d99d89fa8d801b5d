package io.scimitar.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.scimitar.core.auth.InMemoryScimKeyStore;
import io.scimitar.core.auth.InMemorySyncSwitchStore;
import io.scimitar.core.auth.ScimKeyStore;
import io.scimitar.core.auth.SyncSwitchStore;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.spi.Storage;
import io.scimitar.store.jdbc.JdbcSchema;
import io.scimitar.store.jdbc.JdbcStorage;
import io.scimitar.store.jdbc.auth.JdbcScimKeyStore;
import io.scimitar.store.jdbc.auth.JdbcSyncSwitchStore;
import io.scimitar.store.memory.MemoryStorage;
import io.scimitar.store.jdbc.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

/**
 * The three things the example keeps, from one {@link StoreSpec}: resources, SCIM keys and the
 * sync switch, all in memory or all in one database behind a HikariCP pool, which
 * {@link #close()} closes.
 *
 * <p>The pool is set up so that a database that is away costs a request seconds, not minutes:
 * at most {@link #CONNECTION_WAIT} waiting for a connection (HikariCP's default is 30 s), and
 * driver timeouts for connecting, logging in and each read from the socket (a paused or
 * unplugged server otherwise holds a request until TCP gives up). Each ends in a SCIM 503 with
 * {@code Retry-After}. Timeouts the JDBC URL names itself win.
 *
 * @param storage users and groups
 * @param keys SCIM keys
 * @param sync the per-tenant SCIM sync switch state
 * @param pool the connection pool, or null in memory
 * @param dialect the database's dialect, or null in memory
 */
record Backend(
    Storage storage, ScimKeyStore keys, SyncSwitchStore sync, HikariDataSource pool,
    Dialect dialect)
    implements AutoCloseable {
  private static final int POOL_SIZE = 10;
  /** The longest a request waits for a pooled connection before it is answered 503. */
  static final Duration CONNECTION_WAIT = Duration.ofSeconds(2);
  /** The longest one statement may wait for the database's answer. */
  static final Duration STATEMENT_WAIT = Duration.ofSeconds(10);
  private static final Duration CONNECT_WAIT = Duration.ofSeconds(2);
  private static final Duration LOGIN_WAIT = Duration.ofSeconds(3);
  private static final Duration READY_WAIT = Duration.ofSeconds(1);

  /** Opens a store and, for a database, brings its schema up to date. */
  static Backend open(ExampleOptions options, SchemaRegistry registry) {
    if (options.store() instanceof StoreSpec.Jdbc jdbc) {
      return database(jdbc, options, registry);
    }
    return new Backend(new MemoryStorage(registry), new InMemoryScimKeyStore(),
        new InMemorySyncSwitchStore(), null, null);
  }

  private static Backend database(
      StoreSpec.Jdbc jdbc, ExampleOptions options, SchemaRegistry registry) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("scimitar-example");
    config.setJdbcUrl(jdbc.url());
    config.setUsername(options.dbUser());
    config.setPassword(options.dbPassword());
    config.setMaximumPoolSize(POOL_SIZE);
    config.setConnectionTimeout(CONNECTION_WAIT.toMillis());
    config.setValidationTimeout(READY_WAIT.toMillis());
    driverTimeouts(jdbc.dialect()).forEach(config::addDataSourceProperty);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      // Hikari fails fast when the first connection cannot be made; its cause says why.
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new IllegalStateException(
          "cannot open the database " + jdbc + ": " + cause.getMessage(), e);
    }
    try {
      JdbcSchema.migrate(pool, jdbc.dialect());
    } catch (SQLException | RuntimeException e) {
      pool.close();
      throw new IllegalStateException(
          "cannot install the schema in " + jdbc + ": " + e.getMessage(), e);
    }
    return new Backend(new JdbcStorage(pool, jdbc.dialect(), registry),
        new JdbcScimKeyStore(pool, jdbc.dialect()), new JdbcSyncSwitchStore(pool, jdbc.dialect()),
        pool, jdbc.dialect());
  }

  /** The driver's timeouts for connecting, logging in and reading, by its own property names. */
  private static Map<String, String> driverTimeouts(Dialect dialect) {
    return switch (dialect) {
      // In seconds.
      case POSTGRESQL -> Map.of("connectTimeout", seconds(CONNECT_WAIT),
          "loginTimeout", seconds(LOGIN_WAIT), "socketTimeout", seconds(STATEMENT_WAIT));
      // In milliseconds.
      case MARIADB -> Map.of("connectTimeout", Long.toString(CONNECT_WAIT.toMillis()),
          "socketTimeout", Long.toString(STATEMENT_WAIT.toMillis()));
      case H2 -> Map.of();
    };
  }

  private static String seconds(Duration duration) {
    return Long.toString(duration.toSeconds());
  }

  /**
   * Whether the store can serve writes now: always in memory; for a database, whether a pooled
   * connection answers within a second a statement that fails where writes would, on a
   * PostgreSQL standby (still in recovery) and on a Galera node outside the primary component.
   */
  boolean isReady() {
    if (pool == null) {
      return true;
    }
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout((int) READY_WAIT.toSeconds());
      try (ResultSet row = statement.executeQuery(readinessQuery(dialect))) {
        return row.next() && row.getBoolean(1);
      }
    } catch (SQLException e) {
      return false;
    }
  }

  private static String readinessQuery(Dialect dialect) {
    return switch (dialect) {
      case POSTGRESQL -> "SELECT NOT pg_is_in_recovery()";
      // A Galera node outside the primary component refuses to read tables (error 1047).
      case MARIADB -> "SELECT COUNT(*) >= 0 FROM " + JdbcSchema.VERSION_TABLE;
      case H2 -> "SELECT TRUE";
    };
  }

  /** Closes the pool, if any: every connection, and with the last one an H2 file database. */
  @Override
  public void close() {
    if (pool != null) {
      pool.close();
    }
  }
}
