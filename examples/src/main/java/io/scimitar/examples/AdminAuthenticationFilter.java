package io.scimitar.examples;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * Lets only the admin token into the admin API, before any path is matched. SCIM keys are not
 * admin credentials and get 401 like any other wrong token.
 */
@PreMatching
final class AdminAuthenticationFilter implements ContainerRequestFilter {
  private static final String BEARER = "bearer ";

  private final AdminCredential credential;

  AdminAuthenticationFilter(AdminCredential credential) {
    this.credential = credential;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    String value = header == null ? "" : header.strip();
    boolean accepted = value.toLowerCase(Locale.ROOT).startsWith(BEARER)
        && credential.accepts(value.substring(BEARER.length()).strip());
    if (!accepted) {
      request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"admin\"")
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity("{\"error\":\"send the admin token as 'Authorization: Bearer <admin token>'\"}")
          .build());
    }
  }
}
