package io.scimitar.jaxrs;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/**
 * What an endpoint reads from its request besides the path and the body: the caller (as
 * {@link AuthenticationFilter} established it), the URIs and the headers.
 *
 * <p>The resource and {@code /Me} endpoints, which serve nearly every request, take only
 * {@code @Context HttpHeaders} per call and build this from it (the discovery, bulk and root
 * search endpoints take the security context and URIs directly). Jersey injects its request
 * context there, which carries everything, while a {@code @Context SecurityContext} parameter
 * costs Jersey an object created by reflection on every request (8% of a
 * {@code GET /Users/{id}} in a profile). Other runtimes inject a plain {@code HttpHeaders}; the
 * endpoint's own {@code @Context} fields, which runtimes fill with proxies to the current
 * request's objects, serve then.
 *
 * @param security the request's security context
 * @param uri the request's URIs and query parameters
 * @param headers the request's headers
 */
record InboundRequest(SecurityContext security, UriInfo uri, HttpHeaders headers) {

  /**
   * The request an endpoint serves.
   *
   * @param headers the endpoint method's {@code @Context HttpHeaders}
   * @param security the endpoint's {@code @Context SecurityContext} field
   * @param uri the endpoint's {@code @Context UriInfo} field
   */
  static InboundRequest of(HttpHeaders headers, SecurityContext security, UriInfo uri) {
    if (headers instanceof ContainerRequestContext context) {
      return new InboundRequest(context.getSecurityContext(), context.getUriInfo(), headers);
    }
    return new InboundRequest(security, uri, headers);
  }

  /** A request header, or null when absent. */
  String header(String name) {
    return headers.getHeaderString(name);
  }
}
