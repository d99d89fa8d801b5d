package io.scimitar.core.auth;

import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A thread-safe {@link SecretHashStore} in memory, for tests, demos and hosts that load their keys
 * at start-up. Supports rotation: add a new key, move clients to it, then disable or remove the
 * old one. For the whole key lifecycle (limits, last use, persistence) use a
 * {@link ScimKeyManager}.
 */
public final class InMemorySecretHashStore implements SecretHashStore {
  private static final HexFormat HEX = HexFormat.of();

  private final Map<String, StoredSecret> byKeyId = new ConcurrentHashMap<>();
  /** The same secrets by the hex form of their hash, the authentication lookup. */
  private final Map<String, StoredSecret> byHash = new ConcurrentHashMap<>();

  /** Adds a secret, replacing one with the same key id. */
  public synchronized void put(StoredSecret secret) {
    StoredSecret replaced = byKeyId.put(secret.keyId(), secret);
    if (replaced != null) {
      byHash.remove(HEX.formatHex(replaced.sha256()));
    }
    byHash.put(HEX.formatHex(secret.sha256()), secret);
  }

  /** Issues a new key for a tenant, stores its hash and returns the token to hand out once. */
  public IssuedSecret issue(String tenantId) {
    IssuedSecret issued = SecretKeys.issue(tenantId);
    put(issued.stored());
    return issued;
  }

  /** Enables or disables a key; false when there is no such key. */
  public synchronized boolean setEnabled(String keyId, boolean enabled) {
    StoredSecret secret = byKeyId.get(keyId);
    if (secret != null) {
      put(secret.withEnabled(enabled));
    }
    return secret != null;
  }

  /** Removes a key; false when there was no such key. */
  public synchronized boolean remove(String keyId) {
    StoredSecret removed = byKeyId.remove(keyId);
    if (removed != null) {
      byHash.remove(HEX.formatHex(removed.sha256()));
    }
    return removed != null;
  }

  /** The keys of one tenant, enabled or not, ordered by key id. */
  public List<StoredSecret> secretsOf(String tenantId) {
    return byKeyId.values().stream()
        .filter(secret -> secret.tenantId().equals(tenantId))
        .sorted(Comparator.comparing(StoredSecret::keyId))
        .toList();
  }

  @Override
  public Optional<StoredSecret> findByHash(byte[] sha256) {
    return Optional.ofNullable(byHash.get(HEX.formatHex(sha256)));
  }
}
