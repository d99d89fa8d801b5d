package io.scimitar.examples;

import io.scimitar.core.auth.IssuedScimKey;
import io.scimitar.core.auth.ScimKey;
import io.scimitar.core.auth.ScimKeyManager;
import java.util.List;

/** What the server did about SCIM keys as it started, for its console announcement. */
sealed interface KeyAtStart {

  /**
   * Registers the {@code --token} if given; otherwise generates a key when the tenant has none,
   * and leaves existing keys alone, so a restart never prints or adds a key.
   */
  static KeyAtStart settle(ScimKeyManager keys, String tenantId, String token) {
    if (token != null) {
      return new Registered(keys.register(tenantId, token));
    }
    List<ScimKey> existing = keys.list(tenantId);
    return existing.isEmpty() ? new Generated(keys.create(tenantId)) : new Existing(existing);
  }

  /** A key generated on this start; its token is shown once. */
  record Generated(IssuedScimKey issued) implements KeyAtStart {}

  /** The {@code --token}, registered now or on an earlier start. */
  record Registered(ScimKey key) implements KeyAtStart {}

  /** Keys created on earlier starts; none is shown again. */
  record Existing(List<ScimKey> keys) implements KeyAtStart {
    long active() {
      return keys.stream().filter(ScimKey::active).count();
    }
  }
}
