package io.scimitar.jaxrs;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.json.JsonContent;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

/**
 * Media type negotiation for every SCIM response, errors included: {@code application/scim+json}
 * by default, {@code application/json} when the client prefers it, 406 when the client accepts
 * neither. Registered by {@link ScimFeature}.
 */
public final class ContentNegotiationFilter
    implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String NEGOTIATED = ContentNegotiationFilter.class.getName() + ".type";

  ContentNegotiationFilter() {}

  @Override
  public void filter(ContainerRequestContext request) {
    Optional<MediaType> type = ScimMediaTypes.negotiate(request.getAcceptableMediaTypes());
    if (type.isEmpty()) {
      request.abortWith(ErrorResponses.of(new ScimException(406, null,
          "cannot answer in an acceptable media type: accept application/scim+json or "
              + "application/json")));
      return;
    }
    request.setProperty(NEGOTIATED, type.get());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object entity = response.getEntity();
    if (entity instanceof JsonNode || entity instanceof JsonContent) {
      // Negotiated already unless the request was answered before matching (a 401, a 404).
      MediaType type = request.getProperty(NEGOTIATED) instanceof MediaType negotiated
          ? negotiated
          : ScimMediaTypes.negotiate(request.getAcceptableMediaTypes())
              .orElse(ScimMediaTypes.SCIM_JSON_TYPE);
      response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, type);
    }
  }
}
