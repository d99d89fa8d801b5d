package io.scimitar.jaxrs;

import io.scimitar.core.auth.AuthenticationRequest;
import io.scimitar.core.auth.AuthenticationResult;
import io.scimitar.core.auth.Authenticator;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.Optional;

/**
 * Authenticates every request before anything else happens (before matching, so an
 * unauthenticated caller learns nothing about paths or methods): the
 * {@link Authenticator}'s principal becomes the request's {@code SecurityContext} principal, and
 * a rejection is answered with 401, the challenge in {@code WWW-Authenticate} and a SCIM error
 * body. Registered by {@link ScimFeature} at priority {@code AUTHENTICATION}.
 */
@PreMatching
public final class AuthenticationFilter implements ContainerRequestFilter {
  private final Authenticator authenticator;

  AuthenticationFilter(Authenticator authenticator) {
    this.authenticator = authenticator;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    AuthenticationResult result = authenticator.authenticate(new AuthenticationRequest() {
      @Override
      public Optional<String> header(String name) {
        return Optional.ofNullable(request.getHeaderString(name));
      }

      @Override
      public Optional<Object> attribute(String name) {
        return Optional.ofNullable(request.getProperty(name));
      }
    });
    if (result instanceof AuthenticationResult.Authenticated accepted) {
      request.setSecurityContext(new ScimSecurityContext(
          accepted.principal(), request.getSecurityContext().isSecure()));
    } else if (result instanceof AuthenticationResult.Rejected rejected) {
      request.abortWith(ErrorResponses.unauthorized(rejected.detail(), rejected.challenge()));
    }
  }
}
