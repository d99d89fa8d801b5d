package io.scimitar.core.auth;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a server keeps of a SCIM key: its id, its tenant, the SHA-256 hash of the whole token and
 * whether it is enabled. The token itself is never stored. A tenant may hold several enabled keys
 * at once, so a new key can be rolled out before the old one is disabled.
 */
public final class StoredSecret {
  /** Key ids are short and URL-safe, so they can appear in URLs, logs and file names. */
  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final int SHA_256_BYTES = 32;

  private final String keyId;
  private final String tenantId;
  private final byte[] sha256;
  private final boolean enabled;

  /**
   * Creates a stored secret.
   *
   * @param keyId the key id, 1-64 characters of {@code [A-Za-z0-9_-]}
   * @param tenantId the tenant the key authenticates for
   * @param sha256 the SHA-256 hash of the token's UTF-8 bytes (32 bytes, copied)
   * @param enabled whether the key is accepted
   */
  public StoredSecret(String keyId, String tenantId, byte[] sha256, boolean enabled) {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(sha256, "sha256");
    if (!KEY_ID.matcher(keyId).matches()) {
      throw new IllegalArgumentException("key id must be 1-64 characters of [A-Za-z0-9_-]");
    }
    if (sha256.length != SHA_256_BYTES) {
      throw new IllegalArgumentException("a SHA-256 hash has 32 bytes, got " + sha256.length);
    }
    this.keyId = keyId;
    this.tenantId = tenantId;
    this.sha256 = sha256.clone();
    this.enabled = enabled;
  }

  /** The key id, safe to log and to show. */
  public String keyId() {
    return keyId;
  }

  /** The tenant the key authenticates for. */
  public String tenantId() {
    return tenantId;
  }

  /** A copy of the SHA-256 hash of the token. */
  public byte[] sha256() {
    return sha256.clone();
  }

  /** Whether the key is accepted. */
  public boolean enabled() {
    return enabled;
  }

  /** This secret, enabled or disabled. */
  public StoredSecret withEnabled(boolean value) {
    return new StoredSecret(keyId, tenantId, sha256, value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StoredSecret that
        && keyId.equals(that.keyId)
        && tenantId.equals(that.tenantId)
        && Arrays.equals(sha256, that.sha256)
        && enabled == that.enabled;
  }

  @Override
  public int hashCode() {
    return Objects.hash(keyId, tenantId, Arrays.hashCode(sha256), enabled);
  }

  /** Names the key and tenant; never prints the hash. */
  @Override
  public String toString() {
    return "StoredSecret[keyId=" + keyId + ", tenantId=" + tenantId + ", enabled=" + enabled + "]";
  }
}
