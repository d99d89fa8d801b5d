package io.scimitar.store.jdbc.auth;

import io.scimitar.store.jdbc.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The {@code scim_tenant} rows: a tenant's SCIM sync state, and the row a key creation locks.
 * Upserts differ per dialect; everything else is plain SQL.
 */
final class TenantRows {
  private final String insertIfAbsent;
  private final String upsertSync;

  TenantRows(Dialect dialect) {
    this.insertIfAbsent = switch (dialect) {
      case POSTGRESQL -> "INSERT INTO scim_tenant (tenant, sync_enabled) VALUES (?, TRUE) "
          + "ON CONFLICT (tenant) DO NOTHING";
      case MARIADB -> "INSERT INTO scim_tenant (tenant, sync_enabled) VALUES (?, TRUE) "
          + "ON DUPLICATE KEY UPDATE tenant = tenant";
      case H2 -> "MERGE INTO scim_tenant t USING (VALUES (CAST(? AS VARCHAR(128)))) s(tenant) "
          + "ON t.tenant = s.tenant "
          + "WHEN NOT MATCHED THEN INSERT (tenant, sync_enabled) VALUES (s.tenant, TRUE)";
    };
    this.upsertSync = switch (dialect) {
      case POSTGRESQL -> "INSERT INTO scim_tenant (tenant, sync_enabled) VALUES (?, ?) "
          + "ON CONFLICT (tenant) DO UPDATE SET sync_enabled = EXCLUDED.sync_enabled";
      case MARIADB -> "INSERT INTO scim_tenant (tenant, sync_enabled) VALUES (?, ?) "
          + "ON DUPLICATE KEY UPDATE sync_enabled = VALUES(sync_enabled)";
      case H2 -> "MERGE INTO scim_tenant (tenant, sync_enabled) KEY (tenant) VALUES (?, ?)";
    };
  }

  /**
   * Locks a tenant's row until the transaction ends, creating it first when absent, so that
   * concurrent key creations for one tenant take turns.
   */
  void lock(Connection connection, String tenantId) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(insertIfAbsent)) {
      insert.setString(1, tenantId);
      insert.executeUpdate();
    } catch (SQLException e) {
      // H2's MERGE is not atomic against a concurrent insert of the same tenant: the row exists
      // then, which is all this needs. H2 undoes only the failed statement, so the transaction
      // goes on; PostgreSQL and MariaDB never get here (their upserts are atomic).
      if (!Transactions.isIntegrityViolation(e)) {
        throw e;
      }
    }
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT tenant FROM scim_tenant WHERE tenant = ? FOR UPDATE")) {
      select.setString(1, tenantId);
      try (ResultSet row = select.executeQuery()) {
        row.next();
      }
    }
  }

  /** Sets a tenant's sync state, creating its row when absent. */
  void setSync(Connection connection, String tenantId, boolean enabled) throws SQLException {
    try (PreparedStatement upsert = connection.prepareStatement(upsertSync)) {
      upsert.setString(1, tenantId);
      upsert.setBoolean(2, enabled);
      upsert.executeUpdate();
    }
  }

  /** A tenant's sync state; on when the tenant has no row. */
  boolean syncEnabled(Connection connection, String tenantId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT sync_enabled FROM scim_tenant WHERE tenant = ?")) {
      select.setString(1, tenantId);
      try (ResultSet row = select.executeQuery()) {
        return !row.next() || row.getBoolean(1);
      }
    }
  }
}
