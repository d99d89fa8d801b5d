package io.scimitar.jaxrs;

import io.scimitar.core.error.ErrorDocument;
import io.scimitar.core.error.ScimException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * SCIM error responses (RFC 7644 §3.12): the status, the error document as the body, and
 * {@code Retry-After} (RFC 9110 §10.2.3) when the error says when to retry.
 */
final class ErrorResponses {
  private ErrorResponses() {}

  /**
   * The response for a protocol failure, with {@code Allow} when it is a 405 that names it and
   * {@code Retry-After} when it says when to retry.
   */
  static Response of(ScimException error) {
    Response.ResponseBuilder response = Response.status(error.status())
        .entity(ErrorDocument.of(error))
        .type(ScimMediaTypes.SCIM_JSON_TYPE);
    if (!error.allowedMethods().isEmpty()) {
      response.header(HttpHeaders.ALLOW, String.join(", ", error.allowedMethods()));
    }
    error.retryAfterSeconds()
        .ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, seconds));
    return response.build();
  }

  /** 401 with the authenticator's challenge. */
  static Response unauthorized(String detail, String challenge) {
    return Response.status(Response.Status.UNAUTHORIZED)
        .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
        .entity(ErrorDocument.of(401, null, detail))
        .type(ScimMediaTypes.SCIM_JSON_TYPE)
        .build();
  }
}
