package io.scimitar.jaxrs;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * {@code POST /Bulk} (RFC 7644 §3.7), run by {@link io.scimitar.core.bulk.BulkProcessor}. A body
 * over the payload limit ({@code maxPayloadSize}) is 413 before anything runs. Registered by
 * {@link ScimFeature}.
 */
@Path("Bulk")
public final class BulkEndpoint {
  private final ScimBinding binding;

  BulkEndpoint(ScimBinding binding) {
    this.binding = binding;
  }

  /** Runs a BulkRequest; 200 with the BulkResponse. */
  @POST
  @Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
  public Response bulk(ObjectNode body, @Context SecurityContext security, @Context UriInfo uri,
      @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
    return ScimResponses.document(
        binding.bulk().process(binding.call(security, uri, userAgent), body));
  }
}
