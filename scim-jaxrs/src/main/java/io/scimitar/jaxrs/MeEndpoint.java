package io.scimitar.jaxrs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.auth.MeTarget;
import io.scimitar.core.error.ScimException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code /Me} (RFC 7644 §3.11): GET, PUT, PATCH and DELETE act on the resource the host's
 * {@link io.scimitar.core.auth.MeResolver} maps the caller to, answered in place with that
 * resource's {@code Location}. Without a resolver every method is 501; a caller the resolver maps
 * to nothing gets 404. Creating a resource through {@code POST /Me} is not supported (501).
 * Registered by {@link ScimFeature}.
 */
@Path("Me")
public final class MeEndpoint {
  private static final String IF_MATCH = "If-Match";
  private static final String IF_NONE_MATCH = "If-None-Match";

  private final ScimBinding binding;
  private final ResourceOperations operations;
  // Proxies to the current request's objects, filled in by the runtime; see InboundRequest.
  @Context private SecurityContext security;
  @Context private UriInfo uri;

  MeEndpoint(ScimBinding binding) {
    this.binding = binding;
    this.operations = new ResourceOperations(binding.service());
  }

  /** Reads the caller's resource. */
  @GET
  public Response get(@Context HttpHeaders headers) {
    InboundRequest request = InboundRequest.of(headers, security, uri);
    MeTarget me = target(request.security());
    return operations.get(binding.call(request), me.resourceType(), me.id(),
        QueryParameters.selection(request.uri()), request.header(IF_MATCH),
        request.header(IF_NONE_MATCH));
  }

  /** Replaces the caller's resource. */
  @PUT
  @Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
  public Response replace(ObjectNode body, @Context HttpHeaders headers) {
    InboundRequest request = InboundRequest.of(headers, security, uri);
    MeTarget me = target(request.security());
    return operations.replace(binding.call(request), me.resourceType(), me.id(),
        body, QueryParameters.selection(request.uri()), request.header(IF_MATCH),
        request.header(IF_NONE_MATCH));
  }

  /** Modifies the caller's resource. */
  @PATCH
  @Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
  public Response patch(ObjectNode body, @Context HttpHeaders headers) {
    InboundRequest request = InboundRequest.of(headers, security, uri);
    MeTarget me = target(request.security());
    return operations.patch(binding.call(request), me.resourceType(), me.id(),
        body, QueryParameters.selection(request.uri()), request.header(IF_MATCH),
        request.header(IF_NONE_MATCH));
  }

  /** Deletes the caller's resource. */
  @DELETE
  public Response delete(@Context HttpHeaders headers) {
    InboundRequest request = InboundRequest.of(headers, security, uri);
    MeTarget me = target(request.security());
    return operations.delete(binding.call(request), me.resourceType(), me.id(),
        request.header(IF_MATCH), request.header(IF_NONE_MATCH));
  }

  /** Always 501: resources are not created through {@code /Me}. */
  @POST
  public Response create() {
    return ErrorResponses.of(
        ScimException.notImplemented("creating a resource through POST /Me is not supported"));
  }

  private MeTarget target(SecurityContext caller) {
    return binding.meResolver()
        .orElseThrow(() -> ScimException.notImplemented(
            "/Me is not supported by this service provider"))
        .resolve(ScimBinding.principal(caller))
        .orElseThrow(() -> ScimException.notFound(
            "no resource represents the authenticated caller"));
  }
}
