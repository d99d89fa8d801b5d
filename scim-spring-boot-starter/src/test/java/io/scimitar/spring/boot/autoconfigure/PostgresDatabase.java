package io.scimitar.spring.boot.autoconfigure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.opentest4j.TestAbortedException;

/**
 * A new database in the local PostgreSQL ({@code 127.0.0.1:5432}, user postgres) for one test
 * class, dropped after it. Unreachable, it aborts the class (skipped), unless the environment
 * variable {@value #REQUIRE} is {@code true}, as in CI, where it fails.
 */
final class PostgresDatabase {
  static final String REQUIRE = "SCIMITAR_REQUIRE_DATABASES";
  static final String USER = "postgres";
  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

  private final String name =
      "scimitar_boot_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  private boolean created;

  void create() throws SQLException {
    admin("CREATE DATABASE " + name);
    created = true;
  }

  String url() {
    return SERVER + name;
  }

  void drop() {
    if (!created) {
      return;
    }
    try {
      // FORCE: the application context's pool may still hold connections.
      admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      created = false;
    } catch (SQLException e) {
      throw new IllegalStateException("could not drop " + name, e);
    }
  }

  private static void admin(String sql) throws SQLException {
    DriverManager.setLoginTimeout(3);
    Connection connection;
    try {
      connection = DriverManager.getConnection(SERVER + "test", USER, "");
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
}
