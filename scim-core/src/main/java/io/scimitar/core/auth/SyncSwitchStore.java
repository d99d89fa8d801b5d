package io.scimitar.core.auth;

/**
 * Where a {@link TenantSyncSwitch} keeps each tenant's SCIM sync state. A tenant never switched
 * is on. {@link InMemorySyncSwitchStore} keeps the state in memory; {@code scim-store-jdbc} has a
 * relational one that survives restarts and is shared by every instance on the database.
 * Implementations must be thread-safe.
 */
public interface SyncSwitchStore {

  /** Whether SCIM sync of a tenant is on; true for a tenant never switched. */
  boolean isEnabled(String tenantId);

  /** Turns SCIM sync of a tenant on or off. */
  void setEnabled(String tenantId, boolean enabled);
}
