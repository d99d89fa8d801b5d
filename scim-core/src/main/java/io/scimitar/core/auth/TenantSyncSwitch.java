package io.scimitar.core.auth;

import io.scimitar.core.error.ScimException;
import java.util.Objects;

/**
 * The per-tenant SCIM sync switch: while a tenant's sync is off, every SCIM request of that
 * tenant is refused with 403 and nothing is read or written, so turning it off and on again
 * loses nothing. Every tenant is on until switched off. The state lives in a
 * {@link SyncSwitchStore}: in memory by default, or in a database so that it survives restarts
 * and holds for every instance. Thread-safe.
 *
 * <p>Apply it by wrapping the authenticator the binding uses: {@link #guard(Authenticator)}.
 */
public final class TenantSyncSwitch {
  private final SyncSwitchStore store;

  /** A switch whose state is kept in memory. */
  public TenantSyncSwitch() {
    this(new InMemorySyncSwitchStore());
  }

  /** A switch whose state is kept in {@code store}. */
  public TenantSyncSwitch(SyncSwitchStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Turns SCIM sync of a tenant on or off. */
  public void setEnabled(String tenantId, boolean enabled) {
    store.setEnabled(Objects.requireNonNull(tenantId, "tenantId"), enabled);
  }

  /** Whether SCIM requests of a tenant are served. */
  public boolean isEnabled(String tenantId) {
    return store.isEnabled(tenantId);
  }

  /**
   * An authenticator that accepts what {@code delegate} accepts, except that a caller whose
   * tenant's sync is off gets a SCIM error 403; rejections of {@code delegate} stay 401.
   */
  public Authenticator guard(Authenticator delegate) {
    Objects.requireNonNull(delegate, "delegate");
    return request -> {
      AuthenticationResult result = delegate.authenticate(request);
      if (result instanceof AuthenticationResult.Authenticated accepted
          && !isEnabled(accepted.principal().tenantId())) {
        // A policy refusal of valid credentials, so 403 rather than a rejection (401); the
        // binding answers a ScimException thrown here with its SCIM error body.
        throw new ScimException(403, null,
            "SCIM sync is disabled for this tenant; an administrator must enable it again");
      }
      return result;
    };
  }
}
