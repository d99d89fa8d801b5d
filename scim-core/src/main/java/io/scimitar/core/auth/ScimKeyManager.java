package io.scimitar.core.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lifecycle of SCIM keys per tenant: create (the token is returned once and only its SHA-256
 * hash is kept), register a host-chosen token, list (never a secret), disable, delete, and the
 * time each key was last used. At most {@link #DEFAULT_MAX_ACTIVE_KEYS} keys of a tenant are
 * active at once by default, enough to roll a new key out before disabling the old one.
 *
 * <p>Keys live in a {@link ScimKeyStore}: in memory by default, or in a database (see
 * {@code scim-store-jdbc}) so that they survive restarts and are shared by every instance. The
 * {@link #authenticator()} reads that store on every request, so a disabled or deleted key is
 * refused from the very next request, on every instance. Thread-safe.
 */
public final class ScimKeyManager {
  /** Active keys a tenant may hold at once unless configured otherwise. */
  public static final int DEFAULT_MAX_ACTIVE_KEYS = 2;

  /**
   * How precisely {@code lastUsed} is kept: a key's use is written to the store at most once per
   * this interval, so a busy key does not cost a database write per request.
   */
  public static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

  private final ScimKeyStore store;
  private final Clock clock;
  private final int maxActiveKeys;
  /** When this manager last wrote each key's use to the store. */
  private final Map<String, Instant> lastWrittenUse = new ConcurrentHashMap<>();

  /** A manager keeping keys in memory, with the system clock and the default limit. */
  public ScimKeyManager() {
    this(new InMemoryScimKeyStore());
  }

  /** A manager keeping keys in memory with its own clock and limit of active keys per tenant. */
  public ScimKeyManager(Clock clock, int maxActiveKeys) {
    this(new InMemoryScimKeyStore(), clock, maxActiveKeys);
  }

  /** A manager keeping keys in {@code store}, with the system clock and the default limit. */
  public ScimKeyManager(ScimKeyStore store) {
    this(store, Clock.systemUTC(), DEFAULT_MAX_ACTIVE_KEYS);
  }

  /**
   * A manager keeping keys in {@code store}, with its own clock (for created and lastUsed, kept
   * to the millisecond) and limit of active keys per tenant.
   *
   * @throws IllegalArgumentException when {@code maxActiveKeys} is below 1
   */
  public ScimKeyManager(ScimKeyStore store, Clock clock, int maxActiveKeys) {
    if (maxActiveKeys < 1) {
      throw new IllegalArgumentException("a tenant needs at least 1 active key, got " + maxActiveKeys);
    }
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.maxActiveKeys = maxActiveKeys;
  }

  /**
   * Creates an active key for a tenant: a token of {@code <keyId>.<secret>} with 256 random bits
   * of secret from {@code SecureRandom}.
   *
   * @throws ScimKeyLimitException when the tenant already has the most active keys allowed
   */
  public IssuedScimKey create(String tenantId) {
    IssuedSecret issued = SecretKeys.issue(tenantId);
    ScimKey key = newKey(issued.stored().keyId(), tenantId);
    store.add(key, issued.stored().sha256(), maxActiveKeys);
    return new IssuedScimKey(issued.token(), key);
  }

  /**
   * Registers a token chosen by the host (for scripts and tests) as a key of a tenant, under a
   * random key id. Idempotent: when the token is a key of the tenant already, that key is
   * returned as it is, so a disabled key stays disabled and a restart with the same token adds
   * nothing.
   *
   * @param token at least {@value SecretKeys#MIN_REGISTERED_LENGTH} printable ASCII characters
   * @return the key the token authenticates as
   * @throws IllegalArgumentException when the token is too short, has other characters, or is a
   *     key of another tenant
   * @throws ScimKeyLimitException when the key is new and the tenant already has the most active
   *     keys allowed
   */
  public ScimKey register(String tenantId, String token) {
    byte[] hash = SecretKeys.sha256(SecretKeys.requireRegistrable(token));
    Optional<StoredSecret> existing = store.findByHash(hash);
    if (existing.isPresent()) {
      return store.get(tenantId, existing.get().keyId()).orElseThrow(() ->
          new IllegalArgumentException("this token is a SCIM key of another tenant"));
    }
    ScimKey key = newKey(SecretKeys.newKeyId(), tenantId);
    store.add(key, hash, maxActiveKeys);
    return key;
  }

  /** The keys of a tenant, active or not, oldest first; never a secret. */
  public List<ScimKey> list(String tenantId) {
    return store.list(tenantId);
  }

  /** A key of a tenant, if it exists. */
  public Optional<ScimKey> get(String tenantId, String keyId) {
    return store.get(tenantId, keyId);
  }

  /** Disables a key of a tenant at once; the key stays listed. Empty when there is no such key. */
  public Optional<ScimKey> disable(String tenantId, String keyId) {
    return store.disable(tenantId, keyId) ? store.get(tenantId, keyId) : Optional.empty();
  }

  /** Deletes a key of a tenant at once; false when there was no such key. */
  public boolean delete(String tenantId, String keyId) {
    boolean deleted = store.delete(tenantId, keyId);
    if (deleted) {
      lastWrittenUse.remove(keyId);
    }
    return deleted;
  }

  /**
   * Records that a key has just authenticated a request; written to the store at most once per
   * {@link #LAST_USED_PRECISION} per key.
   */
  public void recordUse(String keyId) {
    Instant now = now();
    Instant previous = lastWrittenUse.get(keyId);
    if (previous != null && previous.plus(LAST_USED_PRECISION).isAfter(now)) {
      return;
    }
    // Concurrent requests of one key may both write; the later time wins either way.
    lastWrittenUse.put(keyId, now);
    store.recordUse(keyId, now);
  }

  /**
   * A bearer-token authenticator over these keys that records {@code lastUsed} of every accepted
   * key.
   */
  public Authenticator authenticator() {
    Authenticator bearer = new BearerTokenAuthenticator(store);
    return request -> {
      AuthenticationResult result = bearer.authenticate(request);
      if (result instanceof AuthenticationResult.Authenticated accepted) {
        recordUse(accepted.principal().name());
      }
      return result;
    };
  }

  private ScimKey newKey(String keyId, String tenantId) {
    return new ScimKey(keyId, tenantId, now(), null, ScimKeyStatus.ACTIVE);
  }

  /** Millisecond precision, which every store keeps alike. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
