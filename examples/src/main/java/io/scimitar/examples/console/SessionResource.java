package io.scimitar.examples.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.examples.AdminCredential;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The console's sign-in under {@code /admin/session}: {@code POST} with
 * {@code {"credential": "..."}} (the admin credential, also a {@code --admin-token}) opens a
 * session and sets its cookie ({@code HttpOnly}, {@code SameSite=Strict}, {@code Path=/admin},
 * and {@code Secure} when the request came over TLS, directly or through a proxy that says so
 * with {@code X-Forwarded-Proto: https}); {@code GET} gives a signed-in console its CSRF token
 * again after a reload; {@code DELETE} signs out. The credential travels only in the body,
 * never in a URL.
 */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public final class SessionResource {
  /** The request property under which the authentication filter leaves a console session. */
  public static final String SESSION_PROPERTY = "io.scimitar.examples.console.session";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AdminCredential credential;
  private final AdminSessions sessions;

  /** Sign-in against {@code credential}, with sessions kept in {@code sessions}. */
  public SessionResource(AdminCredential credential, AdminSessions sessions) {
    this.credential = credential;
    this.sessions = sessions;
  }

  /** Whether a request is the sign-in, the one admin call that needs no credential yet. */
  public static boolean isSignIn(String method, String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    return HttpMethod.POST.equals(method) && relative.equals("session");
  }

  /** Signs in: 200 with the CSRF token and the session cookie, 401 for a wrong credential. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response signIn(String body, @Context HttpHeaders headers,
      @Context ContainerRequestContext request) {
    JsonNode presented;
    try {
      presented = JSON.readTree(body).path("credential");
    } catch (JsonProcessingException e) {
      presented = JSON.missingNode();
    }
    if (!presented.isTextual() || presented.asText().isBlank()) {
      return error(Response.Status.BAD_REQUEST, "the body must be {\"credential\": \"...\"}");
    }
    if (!credential.accepts(presented.asText().strip())) {
      return error(Response.Status.UNAUTHORIZED, "This admin credential is not valid.");
    }
    AdminSessions.Session session = sessions.open();
    boolean secure = "https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme())
        || "https".equalsIgnoreCase(headers.getHeaderString("X-Forwarded-Proto"));
    return Response.ok(csrf(session).toString(), MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.SET_COOKIE, cookie(session.id(), secure, false))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  /** The signed-in console's CSRF token; scripts with the bearer token get null. */
  @GET
  public Response current(@Context ContainerRequestContext request) {
    Object session = request.getProperty(SESSION_PROPERTY);
    ObjectNode body = session instanceof AdminSessions.Session open
        ? csrf(open) : JSON.createObjectNode().putNull("csrfToken");
    return Response.ok(body.toString(), MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
  }

  /** Signs out: ends the session and clears its cookie. */
  @DELETE
  public Response signOut(@Context ContainerRequestContext request) {
    if (request.getProperty(SESSION_PROPERTY) instanceof AdminSessions.Session open) {
      sessions.close(open.id());
    }
    return Response.noContent()
        .header(HttpHeaders.SET_COOKIE, cookie("", false, true)).build();
  }

  private static ObjectNode csrf(AdminSessions.Session session) {
    ObjectNode body = JSON.createObjectNode();
    body.put("csrfToken", session.csrfToken());
    return body;
  }

  private static String cookie(String value, boolean secure, boolean expire) {
    return AdminSessions.COOKIE + "=" + value + "; Path=/admin; HttpOnly; SameSite=Strict"
        + (expire ? "; Max-Age=0" : "") + (secure ? "; Secure" : "");
  }

  private static Response error(Response.Status status, String message) {
    ObjectNode body = JSON.createObjectNode();
    body.put("error", message);
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body.toString()).build();
  }
}
