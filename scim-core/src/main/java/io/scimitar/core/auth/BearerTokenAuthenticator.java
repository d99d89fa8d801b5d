package io.scimitar.core.auth;

import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;

/**
 * The default authenticator: an {@code Authorization: Bearer <keyId>.<secret>} header checked
 * against the SHA-256 hashes in a {@link SecretHashStore}. The hash comparison is constant-time
 * ({@link MessageDigest#isEqual}), and unknown or disabled keys cost the same work and get the
 * same answer as a wrong secret, so responses reveal nothing about which keys exist.
 */
public final class BearerTokenAuthenticator implements Authenticator {
  private static final String BEARER = "bearer ";
  /** Compared against when the key id is unknown, so that path hashes and compares too. */
  private static final byte[] NO_MATCH = new byte[32];

  private final SecretHashStore store;
  private final String challenge;

  /** An authenticator over {@code store} with the realm {@code scim}. */
  public BearerTokenAuthenticator(SecretHashStore store) {
    this(store, "scim");
  }

  /** An authenticator over {@code store} announcing {@code realm} in its challenges. */
  public BearerTokenAuthenticator(SecretHashStore store, String realm) {
    this.store = store;
    this.challenge = "Bearer realm=\"" + realm.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @Override
  public AuthenticationResult authenticate(AuthenticationRequest request) {
    Optional<String> header = request.header("Authorization");
    if (header.isEmpty() || header.get().isBlank()) {
      return AuthenticationResult.rejected(
          "authentication required: send a SCIM key as 'Authorization: Bearer <token>'",
          challenge);
    }
    String value = header.get().strip();
    if (!value.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
      return AuthenticationResult.rejected(
          "unsupported authorization scheme: send a SCIM key as 'Authorization: Bearer <token>'",
          challenge);
    }
    return check(value.substring(BEARER.length()).strip());
  }

  private AuthenticationResult check(String token) {
    int separator = token.indexOf(SecretKeys.SEPARATOR);
    String keyId = separator > 0 ? token.substring(0, separator) : "";
    Optional<StoredSecret> stored = StoredSecret.isValidKeyId(keyId)
        ? store.find(keyId)
        : Optional.empty();
    byte[] expected = stored.map(StoredSecret::sha256).orElse(NO_MATCH);
    boolean matches = MessageDigest.isEqual(expected, SecretKeys.sha256(token));
    if (matches && stored.isPresent() && stored.get().enabled()) {
      return AuthenticationResult.authenticated(
          new ScimPrincipal(stored.get().tenantId(), stored.get().keyId()));
    }
    return AuthenticationResult.rejected(
        "invalid bearer token", challenge + ", error=\"invalid_token\"");
  }
}
