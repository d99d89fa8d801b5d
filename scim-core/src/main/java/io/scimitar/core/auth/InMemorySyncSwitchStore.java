package io.scimitar.core.auth;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link SyncSwitchStore} in memory: the state is lost when the process ends. Thread-safe. */
public final class InMemorySyncSwitchStore implements SyncSwitchStore {
  private final Set<String> disabled = ConcurrentHashMap.newKeySet();

  @Override
  public boolean isEnabled(String tenantId) {
    return !disabled.contains(tenantId);
  }

  @Override
  public void setEnabled(String tenantId, boolean enabled) {
    Objects.requireNonNull(tenantId, "tenantId");
    if (enabled) {
      disabled.remove(tenantId);
    } else {
      disabled.add(tenantId);
    }
  }
}
