package io.scimitar.jaxrs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.service.SearchRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

  ResourceTypeEndpoints(ScimBinding binding) {
    this.binding = binding;
    this.operations = new ResourceOperations(binding.service());
  }

  /** Lists or filters resources (RFC 7644 §3.4.2). */
  @GET
  public Response list(@PathParam("endpoint") String endpoint, @Context SecurityContext security,
      @Context UriInfo uri, @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
    String type = binding.resourceType(endpoint);
    return ScimResponses.document(binding.service().search(
        binding.call(security, uri, userAgent), type, QueryParameters.search(uri)));
  }

  /** Creates a resource (RFC 7644 §3.3): 201 with {@code Location} and {@code ETag}. */
  @POST
  @Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
  public Response create(@PathParam("endpoint") String endpoint, ObjectNode body,
      @Context SecurityContext security, @Context UriInfo uri,
      @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
    String type = binding.resourceType(endpoint);
    return ScimResponses.resource(binding.service().create(
        binding.call(security, uri, userAgent), type, body, QueryParameters.selection(uri)), 201);
  }

  /** Searches with a SearchRequest body (RFC 7644 §3.4.3). */
  @POST
  @Path(".search")
  @Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
  public Response search(@PathParam("endpoint") String endpoint, ObjectNode body,
      @Context SecurityContext security, @Context UriInfo uri,
      @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
    String type = binding.resourceType(endpoint);
    return ScimResponses.document(binding.service().search(
        binding.call(security, uri, userAgent), type, SearchRequest.fromJson(body)));
  }

  /** Reads a resource (RFC 7644 §3.4.1). */
  @GET
  @Path("{id}")
  public Response get(@PathParam("endpoint") String endpoint, @PathParam("id") String id,
      @HeaderParam(IF_MATCH) String ifMatch, @HeaderParam(IF_NONE_MATCH) String ifNoneMatch,
      @Context SecurityContext security, @Context UriInfo uri,
      @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
    String type = binding.resourceType(endpoint);
    String resource = ScimBinding.resourceId(id);
    return operations.get(binding.call(security, uri, userAgent), type, resource,
        QueryParameters.selection(uri), ifMatch, ifNoneMatch);
  }

  /** Replaces a resource (RFC 7644 §3.5.1). */
  @PUT
  @Path("{id}")
  @Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
  public Response replace(@PathParam("endpoint") String endpoint, @PathParam("id") String id,
      ObjectNode body, @HeaderParam(IF_MATCH) String ifMatch,
      @HeaderParam(IF_NONE_MATCH) String ifNoneMatch, @Context SecurityContext security,
      @Context UriInfo uri, @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
    String type = binding.resourceType(endpoint);
    String resource = ScimBinding.resourceId(id);
    return operations.replace(binding.call(security, uri, userAgent), type, resource, body,
        QueryParameters.selection(uri), ifMatch, ifNoneMatch);
  }

  /** Modifies a resource (RFC 7644 §3.5.2). */
  @PATCH
  @Path("{id}")
  @Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
  public Response patch(@PathParam("endpoint") String endpoint, @PathParam("id") String id,
      ObjectNode body, @HeaderParam(IF_MATCH) String ifMatch,
      @HeaderParam(IF_NONE_MATCH) String ifNoneMatch, @Context SecurityContext security,
      @Context UriInfo uri, @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
    String type = binding.resourceType(endpoint);
    String resource = ScimBinding.resourceId(id);
    return operations.patch(binding.call(security, uri, userAgent), type, resource, body,
        QueryParameters.selection(uri), ifMatch, ifNoneMatch);
  }

  /** Deletes a resource (RFC 7644 §3.6): 204. */
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("endpoint") String endpoint, @PathParam("id") String id,
      @HeaderParam(IF_MATCH) String ifMatch, @HeaderParam(IF_NONE_MATCH) String ifNoneMatch,
      @Context SecurityContext security, @Context UriInfo uri,
      @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
    String type = binding.resourceType(endpoint);
    String resource = ScimBinding.resourceId(id);
    return operations.delete(
        binding.call(security, uri, userAgent), type, resource, ifMatch, ifNoneMatch);
  }
}
