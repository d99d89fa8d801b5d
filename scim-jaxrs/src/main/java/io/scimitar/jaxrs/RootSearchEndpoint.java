package io.scimitar.jaxrs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.service.SearchRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code POST /.search} at the root (RFC 7644 §3.4.3), over every resource type as
 * {@link io.scimitar.core.service.RootSearch} describes. Registered by {@link ScimFeature}.
 */
@Path(".search")
public final class RootSearchEndpoint {
  private final ScimBinding binding;

  RootSearchEndpoint(ScimBinding binding) {
    this.binding = binding;
  }

  /** Searches every resource type. */
  @POST
  @Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
  public Response search(ObjectNode body, @Context SecurityContext security,
      @Context UriInfo uri, @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
    return ScimResponses.document(binding.rootSearch().search(
        binding.call(security, uri, userAgent), SearchRequest.fromJson(body)));
  }
}
