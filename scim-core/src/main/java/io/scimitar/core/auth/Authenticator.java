package io.scimitar.core.auth;

/**
 * Turns a request's credentials into a {@link ScimPrincipal} and its tenant. Implementations must
 * be thread-safe. Hosts plug in their own (OAuth token introspection, mTLS, ...) by implementing
 * this interface; {@link BearerTokenAuthenticator} is the default.
 */
@FunctionalInterface
public interface Authenticator {

  /** Authenticates one request; never throws for bad credentials, answers a rejection instead. */
  AuthenticationResult authenticate(AuthenticationRequest request);
}
