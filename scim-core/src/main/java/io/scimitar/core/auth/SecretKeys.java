package io.scimitar.core.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Issues, checks and hashes SCIM keys. An issued token is {@code <keyId>.<secret>}: the key id
 * (12 random bytes) tells an administrator which key a token is, and the secret (32 random bytes,
 * 256 bits) makes the token infeasible to guess, so a fast unsalted SHA-256 is a sound hash for
 * it. A host may also register a token of its own choosing ({@link #requireRegistrable}); keys
 * are found by the hash of the whole token either way.
 */
public final class SecretKeys {
  /** Separates the key id from the secret in a token; never part of a key id. */
  public static final char SEPARATOR = '.';

  /** Never used itself, only cloned: digests are not thread-safe. */
  private static final MessageDigest SHA_256 = sha256Instance();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();
  private static final int KEY_ID_BYTES = 12;
  private static final int SECRET_BYTES = 32;

  /**
   * The fewest characters a token chosen by a host may have: 32 characters leave a brute-force
   * search hopeless even for a token drawn from a small alphabet.
   */
  public static final int MIN_REGISTERED_LENGTH = 32;

  private SecretKeys() {}

  /** A fresh random key id (12 random bytes, URL-safe Base64). */
  public static String newKeyId() {
    return randomText(KEY_ID_BYTES);
  }

  /**
   * Checks that a token chosen by a host can be registered: at least
   * {@value #MIN_REGISTERED_LENGTH} characters, all printable ASCII without spaces (what an
   * {@code Authorization} header carries unchanged).
   *
   * @return the token
   * @throws IllegalArgumentException with a message for the host otherwise; it never repeats the
   *     token
   */
  public static String requireRegistrable(String token) {
    if (token == null || token.length() < MIN_REGISTERED_LENGTH) {
      throw new IllegalArgumentException("a SCIM key token needs at least "
          + MIN_REGISTERED_LENGTH + " characters, got "
          + (token == null ? 0 : token.length()));
    }
    if (!token.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
      throw new IllegalArgumentException(
          "a SCIM key token must consist of printable ASCII characters without spaces");
    }
    return token;
  }

  /** Issues a new enabled key for a tenant. */
  public static IssuedSecret issue(String tenantId) {
    String keyId = newKeyId();
    String token = keyId + SEPARATOR + randomText(SECRET_BYTES);
    return new IssuedSecret(token, new StoredSecret(keyId, tenantId, sha256(token), true));
  }

  /** The SHA-256 hash of a token's UTF-8 bytes, as stored. */
  public static byte[] sha256(String token) {
    return newSha256().digest(token.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A fresh SHA-256 digest. Every request's token is hashed, and cloning a prepared digest
   * skips the provider lookup that {@link MessageDigest#getInstance} makes each time.
   */
  private static MessageDigest newSha256() {
    try {
      return (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException e) {
      return sha256Instance();
    }
  }

  private static MessageDigest sha256Instance() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (java.security.MessageDigest Javadoc).
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }

  private static String randomText(int bytes) {
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    return URL_SAFE.encodeToString(random);
  }
}
