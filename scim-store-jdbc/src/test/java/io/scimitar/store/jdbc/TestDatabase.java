package io.scimitar.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.spi.Storage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * A fresh, migrated database schema for one test class: an in-memory H2 database, or a new
 * schema in the local PostgreSQL ({@code 127.0.0.1:5432}, user postgres, database test) or a new
 * database in the local MariaDB ({@code 127.0.0.1:3306}, user root). Dropped after the class.
 *
 * <p>When PostgreSQL or MariaDB cannot be reached, the class is skipped, unless the environment
 * variable {@code SCIMITAR_REQUIRE_DATABASES} is {@code true}, in which case it fails.
 */
final class TestDatabase implements BeforeAllCallback, AfterAllCallback {
  private static final String REQUIRE = "SCIMITAR_REQUIRE_DATABASES";
  private static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final String MARIADB_URL = "jdbc:mariadb://127.0.0.1:3306/";

  private final Dialect dialect;
  private final String name = "scimitar_" + UUID.randomUUID().toString().replace("-", "")
      .substring(0, 16);
  private final List<HikariDataSource> pools = new ArrayList<>();

  private TestDatabase(Dialect dialect) {
    this.dialect = dialect;
  }

  static TestDatabase h2() {
    return new TestDatabase(Dialect.H2);
  }

  static TestDatabase postgresql() {
    return new TestDatabase(Dialect.POSTGRESQL);
  }

  static TestDatabase mariadb() {
    return new TestDatabase(Dialect.MARIADB);
  }

  Dialect dialect() {
    return dialect;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    stop();
  }

  /** Creates and migrates the schema (aborts the test when the server is unreachable). */
  void start() throws SQLException {
    if (!pools.isEmpty()) {
      return;
    }
    switch (dialect) {
      case H2 -> { }
      case POSTGRESQL -> admin(POSTGRES_URL, "postgres", "CREATE SCHEMA " + name);
      case MARIADB -> admin(MARIADB_URL + "test", "root",
          "CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
    }
    JdbcSchema.migrate(newPool(), dialect);
  }

  /** Closes every pool and drops the schema. */
  void stop() throws SQLException {
    pools.forEach(HikariDataSource::close);
    boolean started = !pools.isEmpty();
    pools.clear();
    if (!started) {
      return;
    }
    switch (dialect) {
      case H2 -> { }
      case POSTGRESQL -> admin(POSTGRES_URL, "postgres", "DROP SCHEMA " + name + " CASCADE");
      case MARIADB -> admin(MARIADB_URL + "test", "root", "DROP DATABASE " + name);
    }
  }

  /** The first pool over the schema. */
  HikariDataSource dataSource() {
    return pools.get(0);
  }

  /** A storage over the shared first pool. */
  Storage storage(SchemaRegistry registry) {
    return new JdbcStorage(dataSource(), dialect, registry);
  }

  /** The first {@code count} pools over the schema, opened as needed. */
  synchronized List<HikariDataSource> pools(int count) {
    while (pools.size() < count) {
      newPool();
    }
    return List.copyOf(pools.subList(0, count));
  }

  /** Another pool over the same schema, as a second application instance would have. */
  synchronized HikariDataSource newPool() {
    HikariConfig config = new HikariConfig();
    switch (dialect) {
      case H2 -> config.setJdbcUrl("jdbc:h2:mem:" + name);
      case POSTGRESQL -> {
        config.setJdbcUrl(POSTGRES_URL + "?currentSchema=" + name);
        config.setUsername("postgres");
      }
      case MARIADB -> {
        config.setJdbcUrl(MARIADB_URL + name);
        config.setUsername("root");
      }
    }
    config.setMaximumPoolSize(8);
    // One idle connection keeps an in-memory H2 database alive as long as its pool.
    config.setMinimumIdle(1);
    config.setPoolName(dialect.folder() + "-" + name + "-" + pools.size());
    HikariDataSource pool = new HikariDataSource(config);
    pools.add(pool);
    return pool;
  }

  private static void admin(String url, String user, String sql) throws SQLException {
    DriverManager.setLoginTimeout(3);
    Connection connection;
    try {
      connection = DriverManager.getConnection(url, user, "");
    } catch (SQLException e) {
      if ("true".equalsIgnoreCase(System.getenv(REQUIRE))) {
        throw new AssertionError(url + " is unreachable and " + REQUIRE + " is true", e);
      }
      throw new TestAbortedException(url + " is unreachable: " + e.getMessage());
    }
    try (connection; Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
