package io.scimitar.core.auth;

import java.security.MessageDigest;
import java.util.Optional;

/**
 * The default authenticator: an {@code Authorization: Bearer <token>} header checked against the
 * SHA-256 hashes in a {@link SecretHashStore}. The store is asked for the hash of the presented
 * token (an attacker who cannot invert SHA-256 learns nothing from how long that lookup takes),
 * and the hash found is compared with the presented one in constant time
 * ({@link MessageDigest#isEqual}). Unknown, wrong and disabled tokens get the same answer, so
 * responses reveal nothing about which keys exist.
 */
public final class BearerTokenAuthenticator implements Authenticator {
  private static final String BEARER = "bearer ";
  /** Compared against when no hash matches, so that path compares too. */
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
    if (!value.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return AuthenticationResult.rejected(
          "unsupported authorization scheme: send a SCIM key as 'Authorization: Bearer <token>'",
          challenge);
    }
    return check(value.substring(BEARER.length()).strip());
  }

  private AuthenticationResult check(String token) {
    byte[] presented = SecretKeys.sha256(token);
    Optional<StoredSecret> stored = store.findByHash(presented);
    byte[] expected = stored.map(StoredSecret::sha256).orElse(NO_MATCH);
    boolean matches = MessageDigest.isEqual(expected, presented);
    if (matches && stored.isPresent() && stored.get().enabled()) {
      return AuthenticationResult.authenticated(
          new ScimPrincipal(stored.get().tenantId(), stored.get().keyId()));
    }
    return AuthenticationResult.rejected(
        "invalid bearer token", challenge + ", error=\"invalid_token\"");
  }
}
