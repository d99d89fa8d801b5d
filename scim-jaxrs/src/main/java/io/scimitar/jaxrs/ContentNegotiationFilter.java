package io.scimitar.jaxrs;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.core.error.ScimException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * Media type negotiation for every SCIM response, errors included: {@code application/scim+json}
 * by default, {@code application/json} when the client prefers it, 406 when the client accepts
 * neither. Registered by {@link ScimFeature}.
 */
public final class ContentNegotiationFilter
    implements ContainerRequestFilter, ContainerResponseFilter {

  ContentNegotiationFilter() {}

  @Override
  public void filter(ContainerRequestContext request) {
    if (ScimMediaTypes.negotiate(request.getAcceptableMediaTypes()).isEmpty()) {
      request.abortWith(ErrorResponses.of(new ScimException(406, null,
          "cannot answer in an acceptable media type: accept application/scim+json or "
              + "application/json")));
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getEntity() instanceof JsonNode) {
      MediaType type = ScimMediaTypes.negotiate(request.getAcceptableMediaTypes())
          .orElse(ScimMediaTypes.SCIM_JSON_TYPE);
      response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, type);
    }
  }
}
