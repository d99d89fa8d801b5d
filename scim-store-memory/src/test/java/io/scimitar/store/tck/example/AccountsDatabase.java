package io.scimitar.store.tck.example;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * An in-memory H2 database holding the application's {@code accounts} table, as the worked
 * example assumes it exists: {@code tenant_id} scopes every row, {@code login_key} (the lower-cased
 * login) carries the case-insensitive unique index, and {@code scim_extra} is the one column
 * added for SCIM.
 */
final class AccountsDatabase {
  /** The table as the application already has it, plus {@code scim_extra}. */
  static final String SCHEMA = """
      CREATE TABLE accounts (
        tenant_id   VARCHAR(64)  NOT NULL,
        id          VARCHAR(64)  NOT NULL,
        login       VARCHAR(255) NOT NULL,
        login_key   VARCHAR(255) GENERATED ALWAYS AS (LOWER(login)),
        first_name  VARCHAR(255),
        last_name   VARCHAR(255),
        email       VARCHAR(320),
        enabled     BOOLEAN,
        external_id VARCHAR(255),
        version     BIGINT       NOT NULL,
        created_at  TIMESTAMP(9) WITH TIME ZONE NOT NULL,
        updated_at  TIMESTAMP(9) WITH TIME ZONE NOT NULL,
        scim_extra  CHARACTER LARGE OBJECT,
        PRIMARY KEY (tenant_id, id),
        CONSTRAINT accounts_login_unique UNIQUE (tenant_id, login_key)
      )""";

  private static final int MAX_CONNECTIONS = 64;
  private static final DataSource SHARED = create();

  private AccountsDatabase() {}

  /**
   * One database for every test: each TCK test works in tenants of its own, so tests sharing
   * the table cannot see each other.
   */
  static DataSource shared() {
    return SHARED;
  }

  /** A new, empty database with the accounts table. */
  static DataSource create() {
    JdbcConnectionPool pool = JdbcConnectionPool.create(
        "jdbc:h2:mem:accounts-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    pool.setMaxConnections(MAX_CONNECTIONS);
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(SCHEMA);
    } catch (SQLException e) {
      throw new IllegalStateException("creating the accounts table failed", e);
    }
    return pool;
  }
}
