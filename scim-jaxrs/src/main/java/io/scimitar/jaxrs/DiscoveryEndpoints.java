package io.scimitar.jaxrs;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/**
 * The discovery endpoints (RFC 7644 §4), read-only: any other method is 405. Each is its own root
 * resource, so its literal path wins over the resource types' {@code {endpoint}} template.
 * Registered by {@link ScimFeature}.
 */
public final class DiscoveryEndpoints {
  private DiscoveryEndpoints() {}

  /** {@code GET /ServiceProviderConfig}. */
  @Path("ServiceProviderConfig")
  public static final class ServiceProviderConfig {
    private final ScimBinding binding;

    ServiceProviderConfig(ScimBinding binding) {
      this.binding = binding;
    }

    /** The service provider's configuration. */
    @GET
    public Response get(@Context SecurityContext security, @Context UriInfo uri,
        @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
      return ScimResponses.document(
          binding.service().serviceProviderConfig(binding.call(security, uri, userAgent)));
    }
  }

  /** {@code GET /Schemas} and {@code GET /Schemas/{id}}. */
  @Path("Schemas")
  public static final class Schemas {
    private final ScimBinding binding;

    Schemas(ScimBinding binding) {
      this.binding = binding;
    }

    /** Every schema, as a ListResponse. */
    @GET
    public Response list(@Context SecurityContext security, @Context UriInfo uri,
        @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
      return ScimResponses.document(
          binding.service().schemas(binding.call(security, uri, userAgent)));
    }

    /** One schema by URN; 404 when unknown. */
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @Context SecurityContext security,
        @Context UriInfo uri, @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
      return ScimResponses.document(
          binding.service().schema(binding.call(security, uri, userAgent), id));
    }
  }

  /** {@code GET /ResourceTypes} and {@code GET /ResourceTypes/{name}}. */
  @Path("ResourceTypes")
  public static final class ResourceTypes {
    private final ScimBinding binding;

    ResourceTypes(ScimBinding binding) {
      this.binding = binding;
    }

    /** Every resource type, as a ListResponse. */
    @GET
    public Response list(@Context SecurityContext security, @Context UriInfo uri,
        @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
      return ScimResponses.document(
          binding.service().resourceTypes(binding.call(security, uri, userAgent)));
    }

    /** One resource type by name; 404 when unknown. */
    @GET
    @Path("{name}")
    public Response get(@PathParam("name") String name, @Context SecurityContext security,
        @Context UriInfo uri, @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
      return ScimResponses.document(
          binding.service().resourceType(binding.call(security, uri, userAgent), name));
    }
  }
}
