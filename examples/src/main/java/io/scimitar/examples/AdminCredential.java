package io.scimitar.examples;

import io.scimitar.core.auth.SecretKeys;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The admin's own credential, separate from every SCIM key: only a salted PBKDF2-HMAC-SHA256
 * hash is kept (the credential may be a chosen one, so a fast hash would not do), and its
 * encoding {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} is what the credential file holds.
 * Once a token has been accepted, its SHA-256 is remembered in memory, so later calls (every
 * admin API request of a script) compare one digest in constant time instead of rehashing.
 */
public final class AdminCredential {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String SCHEME = "pbkdf2-sha256";
  private static final int ITERATIONS = 100_000;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;

  private final int iterations;
  private final byte[] salt;
  private final byte[] hash;
  private volatile byte[] acceptedSha256;

  private AdminCredential(int iterations, byte[] salt, byte[] hash, byte[] acceptedSha256) {
    this.iterations = iterations;
    this.salt = salt;
    this.hash = hash;
    this.acceptedSha256 = acceptedSha256;
  }

  /** A credential accepting {@code token}, hashed with a fresh salt. */
  static AdminCredential of(String token) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return new AdminCredential(
        ITERATIONS, salt, pbkdf2(token, salt, ITERATIONS), SecretKeys.sha256(token));
  }

  /**
   * Reads an encoded credential.
   *
   * @throws IllegalArgumentException when the text is not one
   */
  static AdminCredential decode(String encoded) {
    String[] parts = encoded.strip().split("\\$", -1);
    if (parts.length != 4 || !parts[0].equals(SCHEME)) {
      throw new IllegalArgumentException("not a " + SCHEME + " admin credential");
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      if (iterations < 1) {
        throw new IllegalArgumentException("the iteration count must be positive");
      }
      return new AdminCredential(iterations, Base64.getDecoder().decode(parts[2]),
          Base64.getDecoder().decode(parts[3]), null);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a " + SCHEME + " admin credential", e);
    }
  }

  /** A fresh random admin token (256 bits, URL-safe). */
  static String generateToken() {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    return "admin-" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  /** The text the credential file keeps: scheme, iterations, salt and hash, no secret. */
  String encode() {
    Base64.Encoder base64 = Base64.getEncoder();
    return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$"
        + base64.encodeToString(hash);
  }

  /** Whether {@code token} is the admin credential. */
  public boolean accepts(String token) {
    byte[] presented = SecretKeys.sha256(token);
    byte[] known = acceptedSha256;
    if (known != null) {
      // The accepted token's digest is known: any other digest is a wrong token.
      return MessageDigest.isEqual(known, presented);
    }
    boolean accepted = MessageDigest.isEqual(hash, pbkdf2(token, salt, iterations));
    if (accepted) {
      acceptedSha256 = presented;
    }
    return accepted;
  }

  private static byte[] pbkdf2(String token, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(token.toCharArray(), salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec)
          .getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
    } finally {
      spec.clearPassword();
    }
  }

  @Override
  public String toString() {
    // Never the hash: it would let anyone who reads a log guess a weak chosen credential offline.
    return "AdminCredential[" + SCHEME + "]";
  }
}
