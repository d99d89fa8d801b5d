package io.scimitar.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The store's versioned schema: plain SQL migration scripts per dialect, and an explicit way to
 * install or upgrade them.
 *
 * <p>The scripts are class-path resources named as Flyway expects,
 * {@code io/scimitar/store/jdbc/migrations/<dialect>/V<n>__<description>.sql} (see
 * {@link #scripts}), so a host that already manages its schema with Flyway or Liquibase can add
 * that folder to its own migrations. Otherwise call {@link #migrate} at start-up: it applies the
 * scripts not yet recorded in the {@value #VERSION_TABLE} table, each recorded as it completes,
 * and holds a database lock (PostgreSQL advisory lock, MariaDB {@code GET_LOCK}) so that several
 * instances starting at once migrate only once.
 *
 * <pre>{@code
 * JdbcSchema.migrate(dataSource, Dialect.POSTGRESQL);
 * Storage storage = new JdbcStorage(dataSource, Dialect.POSTGRESQL, SchemaRegistry.defaults());
 * }</pre>
 */
public final class JdbcSchema {
  /** The table recording applied migrations. */
  public static final String VERSION_TABLE = "scim_schema_version";

  /** The schema version this library expects. */
  public static final int LATEST = 3;

  private static final String FOLDER = "io/scimitar/store/jdbc/migrations/";
  private static final List<String> SCRIPTS = List.of("V1__scim_base.sql", "V2__scim_keys.sql",
      "V3__scim_events.sql");

  private JdbcSchema() {}

  /**
   * The class-path resource names of a dialect's migration scripts, oldest first, e.g.
   * {@code io/scimitar/store/jdbc/migrations/postgresql/V1__scim_base.sql}.
   */
  public static List<String> scripts(Dialect dialect) {
    List<String> names = new ArrayList<>();
    for (String script : SCRIPTS) {
      names.add(FOLDER + dialect.folder() + "/" + script);
    }
    return names;
  }

  /**
   * Installs the schema, or upgrades it to {@link #LATEST}, in the data source's default schema.
   *
   * @return the versions applied by this call, oldest first (empty when already current)
   * @throws SQLException when a script fails; versions recorded before it stay applied, and on
   *     PostgreSQL, whose DDL is transactional, the failed version leaves nothing behind
   * @throws IllegalStateException when the database holds a newer schema than this library knows
   */
  public static List<Integer> migrate(DataSource dataSource, Dialect dialect) throws SQLException {
    Objects.requireNonNull(dialect, "dialect");
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      runIfAny(connection, dialect.lockForMigration());
      try {
        return migrateLocked(connection, dialect);
      } finally {
        runIfAny(connection, dialect.unlockAfterMigration());
      }
    }
  }

  /**
   * The schema version installed in the data source's default schema, or 0 when none is.
   *
   * @throws SQLException when the database cannot be read
   */
  public static int currentVersion(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return hasVersionTable(connection) ? installedVersion(connection) : 0;
    }
  }

  private static List<Integer> migrateLocked(Connection connection, Dialect dialect)
      throws SQLException {
    if (!hasVersionTable(connection)) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(dialect.schemaVersionTable());
      }
    }
    int installed = installedVersion(connection);
    if (installed > LATEST) {
      throw new IllegalStateException("the database holds Scimitar schema version " + installed
          + ", newer than this library's " + LATEST);
    }
    List<Integer> applied = new ArrayList<>();
    for (int version = installed + 1; version <= LATEST; version++) {
      String script = SCRIPTS.get(version - 1);
      connection.setAutoCommit(!dialect.hasTransactionalDdl());
      try {
        for (String sql : statements(read(FOLDER + dialect.folder() + "/" + script))) {
          try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
          }
        }
        record(connection, version, script);
        if (!connection.getAutoCommit()) {
          connection.commit();
        }
      } catch (SQLException | RuntimeException e) {
        if (!connection.getAutoCommit()) {
          connection.rollback();
        }
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
      applied.add(version);
    }
    return applied;
  }

  private static void record(Connection connection, int version, String script)
      throws SQLException {
    String description = script.substring(script.indexOf("__") + 2, script.length() - 4);
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + VERSION_TABLE
        + " (version, description, installed_on) VALUES (?, ?, ?)")) {
      insert.setInt(1, version);
      insert.setString(2, description);
      insert.setString(3, Instant.now().toString());
      insert.executeUpdate();
    }
  }

  private static boolean hasVersionTable(Connection connection) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    for (String name : new String[] {VERSION_TABLE, VERSION_TABLE.toUpperCase(Locale.ROOT)}) {
      try (ResultSet tables = metaData.getTables(
          connection.getCatalog(), connection.getSchema(), name, new String[] {"TABLE"})) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }

  private static int installedVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT MAX(version) FROM " + VERSION_TABLE)) {
      return result.next() ? result.getInt(1) : 0;
    }
  }

  private static void runIfAny(Connection connection, String sql) throws SQLException {
    if (sql != null) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(sql);
      }
    }
  }

  /** The statements of a script: separated by a semicolon at the end of a line; comments dropped. */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      if (trimmed.endsWith(";")) {
        current.append(trimmed, 0, trimmed.length() - 1);
        statements.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(trimmed).append('\n');
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }

  private static String read(String resource) {
    try (InputStream in = JdbcSchema.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("migration script " + resource + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
