package io.scimitar.core.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a {@link ScimKeyManager} keeps SCIM keys: per key its id, tenant, the SHA-256 hash of the
 * token, when it was created and last used, and its status; never a token. The manager makes the
 * decisions (ids, times, limits); a store persists them and enforces the limit of active keys
 * atomically, so several application instances sharing one database cannot exceed it.
 *
 * <p>{@link InMemoryScimKeyStore} keeps keys in memory; {@code scim-store-jdbc} has a relational
 * one. Implementations must be thread-safe.
 */
public interface ScimKeyStore extends SecretHashStore {

  /**
   * Adds an active key, unless its tenant already holds {@code maxActiveKeys} active keys.
   *
   * @param key the key, with status {@link ScimKeyStatus#ACTIVE}
   * @param sha256 the SHA-256 hash of its token (32 bytes)
   * @throws ScimKeyLimitException when the tenant already has {@code maxActiveKeys} active keys
   * @throws IllegalArgumentException when a key with the same id or hash exists
   */
  void add(ScimKey key, byte[] sha256, int maxActiveKeys);

  /** The keys of a tenant, active or not, oldest first (ties by id); never a secret. */
  List<ScimKey> list(String tenantId);

  /** A key of a tenant, if it exists. */
  Optional<ScimKey> get(String tenantId, String keyId);

  /** Disables a key of a tenant; false when there is no such key. */
  boolean disable(String tenantId, String keyId);

  /** Deletes a key of a tenant; false when there was no such key. */
  boolean delete(String tenantId, String keyId);

  /** Records that a key authenticated a request at {@code when}; nothing when it is gone. */
  void recordUse(String keyId, Instant when);
}
