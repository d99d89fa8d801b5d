package io.scimitar.core.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Issues and hashes SCIM keys. A token is {@code <keyId>.<secret>}: the key id (12 random bytes)
 * lets the server find the stored hash without searching by secret, and the secret (32 random
 * bytes, 256 bits) makes the token infeasible to guess, so a fast unsalted SHA-256 is a sound
 * hash for it.
 */
public final class SecretKeys {
  /** Separates the key id from the secret in a token; never part of a key id. */
  public static final char SEPARATOR = '.';

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();
  private static final int KEY_ID_BYTES = 12;
  private static final int SECRET_BYTES = 32;

  private SecretKeys() {}

  /** Issues a new enabled key for a tenant. */
  public static IssuedSecret issue(String tenantId) {
    String keyId = randomText(KEY_ID_BYTES);
    String token = keyId + SEPARATOR + randomText(SECRET_BYTES);
    return new IssuedSecret(token, new StoredSecret(keyId, tenantId, sha256(token), true));
  }

  /** The SHA-256 hash of a token's UTF-8 bytes, as stored. */
  public static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
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
