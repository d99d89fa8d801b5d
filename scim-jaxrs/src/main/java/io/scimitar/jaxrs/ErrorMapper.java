package io.scimitar.jaxrs;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a SCIM error response: {@link ScimException}s as they are (also when a
 * runtime wrapped one, as some do for exceptions of body readers), the runtime's own failures
 * (unknown path 404, 405 with its {@code Allow} header, 406, 415, 400, 413) with a SCIM body and
 * a fixed detail, and anything unexpected as 500 with a generic detail carrying a correlation id,
 * logged with the stack trace on the server only. Registered by {@link ScimFeature}.
 */
public final class ErrorMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

  ErrorMapper() {}

  @Override
  public Response toResponse(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ScimException scim) {
        return ErrorResponses.of(scim);
      }
    }
    if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      return runtimeFailure(web);
    }
    return unexpected(failure);
  }

  private static Response runtimeFailure(WebApplicationException failure) {
    int status = failure.getResponse().getStatus();
    if (failure instanceof NotAllowedException) {
      String allowed = failure.getResponse().getHeaderString(HttpHeaders.ALLOW);
      Response response = ErrorResponses.of(new ScimException(405, null,
          "method not allowed on this endpoint"
              + (allowed == null || allowed.isBlank() ? "" : "; allowed: " + allowed)));
      return allowed == null
          ? response
          : Response.fromResponse(response).header(HttpHeaders.ALLOW, allowed).build();
    }
    return ErrorResponses.of(new ScimException(status, scimType(status), detail(failure, status)));
  }

  private static ScimType scimType(int status) {
    return status == 400 ? ScimType.INVALID_SYNTAX : null;
  }

  private static String detail(WebApplicationException failure, int status) {
    if (failure instanceof NotFoundException) {
      return "no SCIM endpoint at this path";
    }
    if (failure instanceof NotSupportedException) {
      return "unsupported Content-Type: send application/scim+json or application/json";
    }
    if (failure instanceof NotAcceptableException) {
      return "cannot answer in an acceptable media type: accept application/scim+json or "
          + "application/json";
    }
    return switch (status) {
      case 400 -> "malformed request";
      case 413 -> "request body is too large";
      default -> "request failed with HTTP status " + status;
    };
  }

  private static Response unexpected(Throwable failure) {
    String correlationId = UUID.randomUUID().toString();
    LOG.error("unexpected failure answered with 500 [correlationId={}]", correlationId, failure);
    return ErrorResponses.of(new ScimException(500, null,
        "internal server error (correlation id " + correlationId + ")"));
  }
}
