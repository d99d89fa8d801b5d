package io.scimitar.examples;

import io.scimitar.core.auth.SecretKeys;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The admin API's own credential, separate from every SCIM key: only its SHA-256 hash is kept,
 * and a presented token is compared in constant time.
 */
final class AdminCredential {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] sha256;

  private AdminCredential(String token) {
    this.sha256 = SecretKeys.sha256(token);
  }

  /** A credential accepting {@code token}. */
  static AdminCredential of(String token) {
    return new AdminCredential(token);
  }

  /** A fresh random admin token (256 bits, URL-safe). */
  static String generateToken() {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    return "admin-" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  /** Whether {@code token} is the admin token. */
  boolean accepts(String token) {
    return MessageDigest.isEqual(sha256, SecretKeys.sha256(token));
  }
}
