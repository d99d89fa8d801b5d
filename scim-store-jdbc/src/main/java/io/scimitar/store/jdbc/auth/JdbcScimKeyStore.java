package io.scimitar.store.jdbc.auth;

import io.scimitar.core.auth.ScimKey;
import io.scimitar.core.auth.ScimKeyLimitException;
import io.scimitar.core.auth.ScimKeyStatus;
import io.scimitar.core.auth.ScimKeyStore;
import io.scimitar.core.auth.StoredSecret;
import io.scimitar.store.jdbc.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * SCIM keys in the {@code scim_key} table: id, tenant, the SHA-256 hash of the token (hex), when
 * created and last used, and status; never a token. Requests are authenticated by looking up the
 * hash of the presented token (unique index), so a disabled or deleted key is refused at once by
 * every instance. Creating a key locks its tenant's {@code scim_tenant} row first, so the limit
 * of active keys holds even when instances create keys at the same moment.
 *
 * <pre>{@code
 * JdbcSchema.migrate(dataSource, dialect);
 * ScimKeyManager keys = new ScimKeyManager(new JdbcScimKeyStore(dataSource, dialect));
 * }</pre>
 */
public final class JdbcScimKeyStore implements ScimKeyStore {
  private static final HexFormat HEX = HexFormat.of();
  private static final String COLUMNS = "id, tenant, secret_sha256, created_ms, last_used_ms, status";

  private final Transactions transactions;
  private final TenantRows tenants;

  /** A store over a data source whose schema {@code JdbcSchema.migrate} has brought up to date. */
  public JdbcScimKeyStore(DataSource dataSource, Dialect dialect) {
    this.transactions = new Transactions(Objects.requireNonNull(dataSource, "dataSource"));
    this.tenants = new TenantRows(Objects.requireNonNull(dialect, "dialect"));
  }

  @Override
  public void add(ScimKey key, byte[] sha256, int maxActiveKeys) {
    Objects.requireNonNull(key, "key");
    String hash = HEX.formatHex(sha256);
    transactions.run(connection -> {
      tenants.lock(connection, key.tenantId());
      long active = countActive(connection, key.tenantId());
      if (active >= maxActiveKeys) {
        throw new ScimKeyLimitException(key.tenantId(), active, maxActiveKeys);
      }
      insert(connection, key, hash);
      return null;
    });
  }

  @Override
  public Optional<StoredSecret> findByHash(byte[] sha256) {
    List<Row> rows = select("secret_sha256 = ?", HEX.formatHex(sha256));
    return rows.stream().findFirst().map(Row::secret);
  }

  @Override
  public List<ScimKey> list(String tenantId) {
    return select("tenant = ? ORDER BY created_ms, id", tenantId).stream()
        .map(Row::key)
        .toList();
  }

  @Override
  public Optional<ScimKey> get(String tenantId, String keyId) {
    return select("id = ? AND tenant = ?", keyId, tenantId).stream().findFirst().map(Row::key);
  }

  @Override
  public boolean disable(String tenantId, String keyId) {
    return update("UPDATE scim_key SET status = ? WHERE id = ? AND tenant = ?",
        ScimKeyStatus.DISABLED.name(), keyId, tenantId) > 0;
  }

  @Override
  public boolean delete(String tenantId, String keyId) {
    return update("DELETE FROM scim_key WHERE id = ? AND tenant = ?", keyId, tenantId) > 0;
  }

  @Override
  public void recordUse(String keyId, Instant when) {
    transactions.run(connection -> {
      try (PreparedStatement statement = connection.prepareStatement(
          "UPDATE scim_key SET last_used_ms = ? WHERE id = ?")) {
        statement.setLong(1, when.toEpochMilli());
        statement.setString(2, keyId);
        return statement.executeUpdate();
      }
    });
  }

  private static long countActive(Connection connection, String tenantId) throws SQLException {
    try (PreparedStatement count = connection.prepareStatement(
        "SELECT COUNT(*) FROM scim_key WHERE tenant = ? AND status = ?")) {
      count.setString(1, tenantId);
      count.setString(2, ScimKeyStatus.ACTIVE.name());
      try (ResultSet result = count.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  private static void insert(Connection connection, ScimKey key, String hash)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO scim_key (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, key.id());
      insert.setString(2, key.tenantId());
      insert.setString(3, hash);
      insert.setLong(4, key.created().toEpochMilli());
      if (key.lastUsed() == null) {
        insert.setNull(5, Types.BIGINT);
      } else {
        insert.setLong(5, key.lastUsed().toEpochMilli());
      }
      insert.setString(6, key.status().name());
      insert.executeUpdate();
    } catch (SQLException e) {
      if (Transactions.isIntegrityViolation(e)) {
        throw new IllegalArgumentException(
            "a SCIM key with this id or secret exists already", e);
      }
      throw e;
    }
  }

  private List<Row> select(String condition, String... parameters) {
    return transactions.read(connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT " + COLUMNS + " FROM scim_key WHERE " + condition)) {
        for (int i = 0; i < parameters.length; i++) {
          select.setString(i + 1, parameters[i]);
        }
        List<Row> rows = new ArrayList<>();
        try (ResultSet result = select.executeQuery()) {
          while (result.next()) {
            rows.add(Row.read(result));
          }
        }
        return rows;
      }
    });
  }

  private int update(String sql, String... parameters) {
    return transactions.run(connection -> {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          statement.setString(i + 1, parameters[i]);
        }
        return statement.executeUpdate();
      }
    });
  }

  /** One {@code scim_key} row as read. */
  private record Row(ScimKey key, String hash) {
    static Row read(ResultSet result) throws SQLException {
      long lastUsedMillis = result.getLong("last_used_ms");
      Instant lastUsed = result.wasNull() ? null : Instant.ofEpochMilli(lastUsedMillis);
      ScimKey key = new ScimKey(
          result.getString("id"),
          result.getString("tenant"),
          Instant.ofEpochMilli(result.getLong("created_ms")),
          lastUsed,
          ScimKeyStatus.valueOf(result.getString("status")));
      return new Row(key, result.getString("secret_sha256"));
    }

    StoredSecret secret() {
      return new StoredSecret(key.id(), key.tenantId(), HEX.parseHex(hash), key.active());
    }
  }
}
