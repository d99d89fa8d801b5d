package io.scimitar.core.auth;

import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link ScimKeyStore} in memory, for tests, demos and single-process hosts that accept losing
 * their keys on exit. Reads are lock-free; changes are serialised so that the limit of active
 * keys holds.
 */
public final class InMemoryScimKeyStore implements ScimKeyStore {
  private static final HexFormat HEX = HexFormat.of();

  private final Map<String, Entry> byId = new ConcurrentHashMap<>();
  /** Key ids by the hex form of their hash. */
  private final Map<String, String> idByHash = new ConcurrentHashMap<>();

  @Override
  public synchronized void add(ScimKey key, byte[] sha256, int maxActiveKeys) {
    Objects.requireNonNull(key, "key");
    String hash = HEX.formatHex(sha256);
    if (byId.containsKey(key.id()) || idByHash.containsKey(hash)) {
      throw new IllegalArgumentException("a SCIM key with this id or secret exists already");
    }
    long active = list(key.tenantId()).stream().filter(ScimKey::active).count();
    if (active >= maxActiveKeys) {
      throw new ScimKeyLimitException(key.tenantId(), active, maxActiveKeys);
    }
    byId.put(key.id(), new Entry(key, hash));
    idByHash.put(hash, key.id());
  }

  @Override
  public Optional<StoredSecret> findByHash(byte[] sha256) {
    return Optional.ofNullable(idByHash.get(HEX.formatHex(sha256)))
        .map(byId::get)
        .map(Entry::secret);
  }

  @Override
  public List<ScimKey> list(String tenantId) {
    return byId.values().stream()
        .map(Entry::key)
        .filter(key -> key.tenantId().equals(tenantId))
        .sorted(Comparator.comparing(ScimKey::created).thenComparing(ScimKey::id))
        .toList();
  }

  @Override
  public Optional<ScimKey> get(String tenantId, String keyId) {
    return Optional.ofNullable(byId.get(keyId))
        .map(Entry::key)
        .filter(key -> key.tenantId().equals(tenantId));
  }

  @Override
  public synchronized boolean disable(String tenantId, String keyId) {
    Optional<ScimKey> key = get(tenantId, keyId);
    key.ifPresent(found -> byId.computeIfPresent(keyId, (id, entry) ->
        new Entry(entry.key().withStatus(ScimKeyStatus.DISABLED), entry.hash())));
    return key.isPresent();
  }

  @Override
  public synchronized boolean delete(String tenantId, String keyId) {
    if (get(tenantId, keyId).isEmpty()) {
      return false;
    }
    idByHash.remove(byId.remove(keyId).hash());
    return true;
  }

  @Override
  public synchronized void recordUse(String keyId, Instant when) {
    byId.computeIfPresent(keyId, (id, entry) -> new Entry(entry.key().usedAt(when), entry.hash()));
  }

  /** A key and the hex form of its hash, replaced together. */
  /** A key with its hash, and the secret authentication checks, built once per change. */
  private record Entry(ScimKey key, String hash, StoredSecret secret) {
    Entry(ScimKey key, String hash) {
      this(key, hash, new StoredSecret(key.id(), key.tenantId(), HEX.parseHex(hash), key.active()));
    }
  }
}
