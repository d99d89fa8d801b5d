package io.scimitar.examples;

import io.scimitar.examples.console.AdminSessions;
import io.scimitar.examples.console.SessionResource;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Lets only the admin into the admin API, before any path is matched: a script with the admin
 * token as its bearer credential, or the console with a signed-in session's cookie, which must
 * also send the session's CSRF token on every call that changes something. SCIM keys are not
 * admin credentials and get 401 like any other wrong token. Signing in is the one call open to
 * everyone, since it is where the credential is presented.
 */
@PreMatching
final class AdminAuthenticationFilter implements ContainerRequestFilter {
  private static final String BEARER = "bearer ";
  private static final Set<String> SAFE_METHODS =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

  private final AdminCredential credential;
  private final AdminSessions sessions;

  AdminAuthenticationFilter(AdminCredential credential, AdminSessions sessions) {
    this.credential = credential;
    this.sessions = sessions;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (SessionResource.isSignIn(request.getMethod(), request.getUriInfo().getPath())) {
      return;
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header != null) {
      String value = header.strip();
      if (!value.toLowerCase(Locale.ROOT).startsWith(BEARER)
          || !credential.accepts(value.substring(BEARER.length()).strip())) {
        request.abortWith(unauthorized());
      }
      return;
    }
    Cookie cookie = request.getCookies().get(AdminSessions.COOKIE);
    Optional<AdminSessions.Session> session =
        sessions.find(cookie == null ? null : cookie.getValue());
    if (session.isEmpty()) {
      request.abortWith(unauthorized());
      return;
    }
    if (!SAFE_METHODS.contains(request.getMethod())
        && !session.get().csrfMatches(request.getHeaderString(AdminSessions.CSRF_HEADER))) {
      request.abortWith(Response.status(Response.Status.FORBIDDEN)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity("{\"error\":\"a console call that changes something must carry the session's "
              + AdminSessions.CSRF_HEADER + " header\"}")
          .build());
      return;
    }
    request.setProperty(SessionResource.SESSION_PROPERTY, session.get());
  }

  private static Response unauthorized() {
    return Response.status(Response.Status.UNAUTHORIZED)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"admin\"")
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity("{\"error\":\"send the admin token as 'Authorization: Bearer <admin token>',"
            + " or sign in to the console\"}")
        .build();
  }
}
