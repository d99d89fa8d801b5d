package io.scimitar.store.jdbc.auth;

import io.scimitar.core.auth.SyncSwitchStore;
import io.scimitar.store.jdbc.Dialect;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The per-tenant SCIM sync state in the {@code scim_tenant} table: it survives restarts, and
 * every instance on the database sees a switch at once (it is read on every request).
 *
 * <pre>{@code
 * TenantSyncSwitch sync = new TenantSyncSwitch(new JdbcSyncSwitchStore(dataSource, dialect));
 * }</pre>
 */
public final class JdbcSyncSwitchStore implements SyncSwitchStore {
  private final Transactions transactions;
  private final TenantRows tenants;

  /** A store over a data source whose schema {@code JdbcSchema.migrate} has brought up to date. */
  public JdbcSyncSwitchStore(DataSource dataSource, Dialect dialect) {
    this.transactions = new Transactions(Objects.requireNonNull(dataSource, "dataSource"));
    this.tenants = new TenantRows(Objects.requireNonNull(dialect, "dialect"));
  }

  @Override
  public boolean isEnabled(String tenantId) {
    return transactions.read(connection -> tenants.syncEnabled(connection, tenantId));
  }

  @Override
  public void setEnabled(String tenantId, boolean enabled) {
    Objects.requireNonNull(tenantId, "tenantId");
    transactions.run(connection -> {
      tenants.setSync(connection, tenantId, enabled);
      return null;
    });
  }
}
