package io.scimitar.jaxrs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.resource.Meta;
import io.scimitar.core.service.ResourceResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Successful SCIM responses. Single resources carry {@code ETag} (the weak version) and
 * {@code Location}; the media type is set by {@link ContentNegotiationFilter}.
 */
final class ScimResponses {
  private ScimResponses() {}

  /** 200 with a document that is not a single resource (a list, discovery, bulk). */
  static Response document(ObjectNode body) {
    return Response.ok(body, ScimMediaTypes.SCIM_JSON_TYPE).build();
  }

  /**
   * A single resource with {@code status}, or 204 when the service answered no content. The
   * entity is written straight from the stored resource (see {@link JsonContentWriter}).
   */
  static Response resource(ResourceResponse answer, int status) {
    Response.ResponseBuilder builder = answer.hasBody()
        ? Response.status(status).entity(answer.content()).type(ScimMediaTypes.SCIM_JSON_TYPE)
        : Response.noContent();
    return withMetaHeaders(builder, answer.meta()).build();
  }

  /** 304 for a read whose {@code If-None-Match} matches. */
  static Response notModified(Meta meta) {
    return withMetaHeaders(Response.notModified(), meta).build();
  }

  private static Response.ResponseBuilder withMetaHeaders(
      Response.ResponseBuilder builder, Meta meta) {
    builder.header(HttpHeaders.ETAG, meta.etag());
    if (meta.location() != null) {
      builder.header(HttpHeaders.LOCATION, meta.location());
    }
    return builder;
  }
}
