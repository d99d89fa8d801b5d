package io.scimitar.jaxrs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.service.SearchRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/**
 * The endpoints of every resource type, built-in or host-defined, found by endpoint name in the
 * schema registry (RFC 7644 §3.2-3.6): {@code GET} and {@code POST /{endpoint}},
 * {@code POST /{endpoint}/.search}, and {@code GET}, {@code PUT}, {@code PATCH} and
 * {@code DELETE /{endpoint}/{id}}. Registered by {@link ScimFeature}.
 */
@Path("{endpoint}")
public final class ResourceTypeEndpoints {
  private static final String IF_MATCH = "If-Match";
  private static final String IF_NONE_MATCH = "If-None-Match";

  private final ScimBinding binding;
  private final ResourceOperations operations;
  // Proxies to the current request's objects, filled in by the runtime; see InboundRequest.
  @Context private SecurityContext security;
  @Context private UriInfo uri;

  ResourceTypeEndpoints(ScimBinding binding) {
    this.binding = binding;
    this.operations = new ResourceOperations(binding.service());
  }

  /** Lists or filters resources (RFC 7644 §3.4.2). */
  @GET
  public Response list(@PathParam("endpoint") String endpoint, @Context HttpHeaders headers) {
    InboundRequest request = InboundRequest.of(headers, security, uri);
    String type = binding.resourceType(endpoint);
    return ScimResponses.document(binding.service().search(
        binding.call(request), type, QueryParameters.search(request.uri())));
  }

  /** Creates a resource (RFC 7644 §3.3): 201 with {@code Location} and {@code ETag}. */
  @POST
  @Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
  public Response create(@PathParam("endpoint") String endpoint, ObjectNode body,
      @Context HttpHeaders headers) {
    InboundRequest request = InboundRequest.of(headers, security, uri);
    String type = binding.resourceType(endpoint);
    return ScimResponses.resource(binding.service().create(binding.call(request), type, body,
        QueryParameters.selection(request.uri())), 201);
  }

  /** Searches with a SearchRequest body (RFC 7644 §3.4.3). */
  @POST
  @Path(".search")
  @Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
  public Response search(@PathParam("endpoint") String endpoint, ObjectNode body,
      @Context HttpHeaders headers) {
    InboundRequest request = InboundRequest.of(headers, security, uri);
    String type = binding.resourceType(endpoint);
    return ScimResponses.document(binding.service().search(
        binding.call(request), type, SearchRequest.fromJson(body)));
  }

  /** Reads a resource (RFC 7644 §3.4.1). */
  @GET
  @Path("{id}")
  public Response get(@PathParam("endpoint") String endpoint, @PathParam("id") String id,
      @Context HttpHeaders headers) {
    InboundRequest request = InboundRequest.of(headers, security, uri);
    String type = binding.resourceType(endpoint);
    String resource = ScimBinding.resourceId(id);
    return operations.get(binding.call(request), type, resource,
        QueryParameters.selection(request.uri()), request.header(IF_MATCH),
        request.header(IF_NONE_MATCH));
  }

  /** Replaces a resource (RFC 7644 §3.5.1). */
  @PUT
  @Path("{id}")
  @Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
  public Response replace(@PathParam("endpoint") String endpoint, @PathParam("id") String id,
      ObjectNode body, @Context HttpHeaders headers) {
    InboundRequest request = InboundRequest.of(headers, security, uri);
    String type = binding.resourceType(endpoint);
    String resource = ScimBinding.resourceId(id);
    return operations.replace(binding.call(request), type, resource, body,
        QueryParameters.selection(request.uri()), request.header(IF_MATCH),
        request.header(IF_NONE_MATCH));
  }

  /** Modifies a resource (RFC 7644 §3.5.2). */
  @PATCH
  @Path("{id}")
  @Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
  public Response patch(@PathParam("endpoint") String endpoint, @PathParam("id") String id,
      ObjectNode body, @Context HttpHeaders headers) {
    InboundRequest request = InboundRequest.of(headers, security, uri);
    String type = binding.resourceType(endpoint);
    String resource = ScimBinding.resourceId(id);
    return operations.patch(binding.call(request), type, resource, body,
        QueryParameters.selection(request.uri()), request.header(IF_MATCH),
        request.header(IF_NONE_MATCH));
  }

  /** Deletes a resource (RFC 7644 §3.6): 204. */
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("endpoint") String endpoint, @PathParam("id") String id,
      @Context HttpHeaders headers) {
    InboundRequest request = InboundRequest.of(headers, security, uri);
    String type = binding.resourceType(endpoint);
    String resource = ScimBinding.resourceId(id);
    return operations.delete(binding.call(request), type, resource, request.header(IF_MATCH),
        request.header(IF_NONE_MATCH));
  }
}
