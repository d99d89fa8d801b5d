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
import java.sql.SQLException;

/**
 * The three things the example keeps, from one {@link StoreSpec}: resources, SCIM keys and the
 * sync switch, all in memory or all in one database behind a HikariCP pool, which
 * {@link #close()} closes.
 *
 * @param storage users and groups
 * @param keys SCIM keys
 * @param sync the per-tenant SCIM sync switch state
 * @param pool the connection pool, or null in memory
 */
record Backend(Storage storage, ScimKeyStore keys, SyncSwitchStore sync, HikariDataSource pool)
    implements AutoCloseable {
  private static final int POOL_SIZE = 10;

  /** Opens a store and, for a database, brings its schema up to date. */
  static Backend open(ExampleOptions options, SchemaRegistry registry) {
    if (options.store() instanceof StoreSpec.Jdbc jdbc) {
      return database(jdbc, options, registry);
    }
    return new Backend(new MemoryStorage(registry), new InMemoryScimKeyStore(),
        new InMemorySyncSwitchStore(), null);
  }

  private static Backend database(
      StoreSpec.Jdbc jdbc, ExampleOptions options, SchemaRegistry registry) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("scimitar-example");
    config.setJdbcUrl(jdbc.url());
    config.setUsername(options.dbUser());
    config.setPassword(options.dbPassword());
    config.setMaximumPoolSize(POOL_SIZE);
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
        pool);
  }

  /** Closes the pool, if any: every connection, and with the last one an H2 file database. */
  @Override
  public void close() {
    if (pool != null) {
      pool.close();
    }
  }
}
