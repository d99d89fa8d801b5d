package io.scimitar.core.auth;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A thread-safe {@link SecretHashStore} in memory, for tests, demos and hosts that load their keys
 * at start-up. Supports rotation: add a new key, move clients to it, then disable or remove the
 * old one.
 */
public final class InMemorySecretHashStore implements SecretHashStore {
  private final Map<String, StoredSecret> secrets = new ConcurrentHashMap<>();

  /** Adds a secret, replacing one with the same key id. */
  public void put(StoredSecret secret) {
    secrets.put(secret.keyId(), secret);
  }

  /** Issues a new key for a tenant, stores its hash and returns the token to hand out once. */
  public IssuedSecret issue(String tenantId) {
    IssuedSecret issued = SecretKeys.issue(tenantId);
    put(issued.stored());
    return issued;
  }

  /** Enables or disables a key; false when there is no such key. */
  public boolean setEnabled(String keyId, boolean enabled) {
    return secrets.computeIfPresent(keyId, (id, secret) -> secret.withEnabled(enabled)) != null;
  }

  /** Removes a key; false when there was no such key. */
  public boolean remove(String keyId) {
    return secrets.remove(keyId) != null;
  }

  /** The keys of one tenant, enabled or not, ordered by key id. */
  public List<StoredSecret> secretsOf(String tenantId) {
    return secrets.values().stream()
        .filter(secret -> secret.tenantId().equals(tenantId))
        .sorted(Comparator.comparing(StoredSecret::keyId))
        .toList();
  }

  @Override
  public Optional<StoredSecret> find(String keyId) {
    return Optional.ofNullable(secrets.get(keyId));
  }
}
