package io.scimitar.examples.replay;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.opentest4j.TestAbortedException;

/**
 * A new database in the local MariaDB ({@code 127.0.0.1:3306}, user root, no password), made for
 * one suite and dropped after it, so every run starts empty. When the server cannot be reached the
 * suite is skipped, unless the environment variable {@value #REQUIRE} is {@code true} (as in CI),
 * in which case it fails.
 */
final class MariaDbReplayStore implements ReplayStore {
  private static final String REQUIRE = PostgresReplayStore.REQUIRE;
  private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
  private static final String ADMIN_DATABASE = "test";
  private static final String USER = "root";

  private final String database = "scimitar_replay_"
      + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  private boolean created;

  @Override
  public List<String> open() throws SQLException {
    admin("CREATE DATABASE " + database);
    created = true;
    return List.of("--store", SERVER + database, "--db-user", USER);
  }

  @Override
  public void close() {
    if (!created) {
      return;
    }
    try {
      admin("DROP DATABASE IF EXISTS " + database);
      created = false;
    } catch (SQLException e) {
      throw new IllegalStateException("could not drop " + database, e);
    }
  }

  private static void admin(String sql) throws SQLException {
    DriverManager.setLoginTimeout(3);
    Connection connection;
    try {
      connection = DriverManager.getConnection(SERVER + ADMIN_DATABASE, USER, "");
    } catch (SQLException e) {
      if ("true".equalsIgnoreCase(System.getenv(REQUIRE))) {
        throw new AssertionError(SERVER + " is unreachable and " + REQUIRE + " is true", e);
      }
      throw new TestAbortedException(SERVER + " is unreachable: " + e.getMessage());
    }
    try (connection; Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @Override
  public String toString() {
    return "mariadb";
  }
}
