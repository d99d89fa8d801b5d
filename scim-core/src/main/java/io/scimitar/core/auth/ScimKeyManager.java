package io.scimitar.core.auth;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lifecycle of SCIM keys per tenant, in memory: create (the token is returned once and only
 * its SHA-256 hash is kept), list (never a secret), disable, delete, and the time each key was
 * last used. At most {@link #DEFAULT_MAX_ACTIVE_KEYS} keys of a tenant are active at once by
 * default, enough to roll a new key out before disabling the old one.
 *
 * <p>It is the {@link SecretHashStore} of the {@link #authenticator()} it hands out, so a disabled
 * or deleted key is refused from the very next request. Thread-safe.
 */
public final class ScimKeyManager implements SecretHashStore {
  /** Active keys a tenant may hold at once unless configured otherwise. */
  public static final int DEFAULT_MAX_ACTIVE_KEYS = 2;

  private final Map<String, Entry> keys = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int maxActiveKeys;

  /** A manager with the system clock and {@link #DEFAULT_MAX_ACTIVE_KEYS}. */
  public ScimKeyManager() {
    this(Clock.systemUTC(), DEFAULT_MAX_ACTIVE_KEYS);
  }

  /**
   * A manager with its own clock (for created and lastUsed) and limit of active keys per tenant.
   *
   * @throws IllegalArgumentException when {@code maxActiveKeys} is below 1
   */
  public ScimKeyManager(Clock clock, int maxActiveKeys) {
    if (maxActiveKeys < 1) {
      throw new IllegalArgumentException("a tenant needs at least 1 active key, got " + maxActiveKeys);
    }
    this.clock = Objects.requireNonNull(clock, "clock");
    this.maxActiveKeys = maxActiveKeys;
  }

  /**
   * Creates an active key for a tenant: 256 random bits from {@code SecureRandom}.
   *
   * @throws ScimKeyLimitException when the tenant already has the most active keys allowed
   */
  public synchronized IssuedScimKey create(String tenantId) {
    checkLimit(tenantId);
    return add(SecretKeys.issue(tenantId));
  }

  /**
   * Registers a token chosen by the host (for scripts and tests) as an active key of a tenant.
   *
   * @param token {@code <keyId>.<secret>}: a key id of 1-64 characters of {@code [A-Za-z0-9_-]},
   *     not yet in use, then a non-empty secret
   * @throws IllegalArgumentException when the token has another shape or its key id is taken
   * @throws ScimKeyLimitException when the tenant already has the most active keys allowed
   */
  public synchronized IssuedScimKey register(String tenantId, String token) {
    Objects.requireNonNull(token, "token");
    int separator = token.indexOf(SecretKeys.SEPARATOR);
    String keyId = separator > 0 ? token.substring(0, separator) : "";
    if (!StoredSecret.isValidKeyId(keyId) || separator == token.length() - 1) {
      throw new IllegalArgumentException(
          "a SCIM key token must be <keyId>.<secret> with a key id of 1-64 characters of "
              + "[A-Za-z0-9_-] and a non-empty secret");
    }
    if (keys.containsKey(keyId)) {
      throw new IllegalArgumentException("the key id " + keyId + " is already in use");
    }
    checkLimit(tenantId);
    return add(new IssuedSecret(
        token, new StoredSecret(keyId, tenantId, SecretKeys.sha256(token), true)));
  }

  /** The keys of a tenant, active or not, oldest first; never a secret. */
  public List<ScimKey> list(String tenantId) {
    return keys.values().stream()
        .map(Entry::key)
        .filter(key -> key.tenantId().equals(tenantId))
        .sorted(Comparator.comparing(ScimKey::created).thenComparing(ScimKey::id))
        .toList();
  }

  /** A key of a tenant, if it exists. */
  public Optional<ScimKey> get(String tenantId, String keyId) {
    return Optional.ofNullable(keys.get(keyId))
        .map(Entry::key)
        .filter(key -> key.tenantId().equals(tenantId));
  }

  /** Disables a key of a tenant at once; the key stays listed. Empty when there is no such key. */
  public Optional<ScimKey> disable(String tenantId, String keyId) {
    keys.computeIfPresent(keyId, (id, current) ->
        current.key().tenantId().equals(tenantId)
            ? new Entry(current.secret().withEnabled(false),
                current.key().withStatus(ScimKeyStatus.DISABLED))
            : current);
    return get(tenantId, keyId);
  }

  /** Deletes a key of a tenant at once; false when there was no such key. */
  public boolean delete(String tenantId, String keyId) {
    Entry entry = keys.get(keyId);
    return entry != null && entry.key().tenantId().equals(tenantId) && keys.remove(keyId, entry);
  }

  /** Records that a key has just authenticated a request. */
  public void recordUse(String keyId) {
    keys.computeIfPresent(keyId,
        (id, current) -> new Entry(current.secret(), current.key().usedAt(clock.instant())));
  }

  /**
   * A bearer-token authenticator over these keys that records {@code lastUsed} on every accepted
   * request.
   */
  public Authenticator authenticator() {
    Authenticator bearer = new BearerTokenAuthenticator(this);
    return request -> {
      AuthenticationResult result = bearer.authenticate(request);
      if (result instanceof AuthenticationResult.Authenticated accepted) {
        recordUse(accepted.principal().name());
      }
      return result;
    };
  }

  @Override
  public Optional<StoredSecret> find(String keyId) {
    return Optional.ofNullable(keys.get(keyId)).map(Entry::secret);
  }

  private void checkLimit(String tenantId) {
    long active = list(tenantId).stream().filter(ScimKey::active).count();
    if (active >= maxActiveKeys) {
      throw new ScimKeyLimitException("tenant " + tenantId + " already has " + active
          + " active SCIM keys (at most " + maxActiveKeys
          + "); disable or delete one before creating another");
    }
  }

  private IssuedScimKey add(IssuedSecret issued) {
    StoredSecret secret = issued.stored();
    ScimKey key = new ScimKey(
        secret.keyId(), secret.tenantId(), clock.instant(), null, ScimKeyStatus.ACTIVE);
    keys.put(secret.keyId(), new Entry(secret, key));
    return new IssuedScimKey(issued.token(), key);
  }

  /** A key's hash and its description, replaced together. */
  private record Entry(StoredSecret secret, ScimKey key) {}
}
