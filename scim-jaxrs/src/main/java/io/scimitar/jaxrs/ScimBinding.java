package io.scimitar.jaxrs;

import io.scimitar.core.auth.MeResolver;
import io.scimitar.core.auth.ScimPrincipal;
import io.scimitar.core.bulk.BulkProcessor;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.service.RootSearch;
import io.scimitar.core.service.ScimCall;
import io.scimitar.core.service.ScimService;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What every endpoint class shares: the service and the translation of a request into a call. */
final class ScimBinding {
  private static final String SEARCH = ".search";
  /** The fixed endpoints and their methods, as the endpoint classes declare them. */
  private static final Map<String, List<String>> FIXED_ENDPOINTS = Map.of(
      "ServiceProviderConfig", List.of(HttpMethod.GET),
      "Schemas", List.of(HttpMethod.GET),
      "ResourceTypes", List.of(HttpMethod.GET),
      "Bulk", List.of(HttpMethod.POST),
      SEARCH, List.of(HttpMethod.POST),
      "Me", List.of(HttpMethod.GET, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE));

  private final ScimService service;
  private final BulkProcessor bulk;
  private final RootSearch rootSearch;
  private final MeResolver meResolver;
  private final String baseUrl;

  /**
   * @param meResolver the {@code /Me} hook, or null when {@code /Me} is not supported
   * @param baseUrl a fixed public base URL, or null to use the request's base URI
   */
  ScimBinding(ScimService service, MeResolver meResolver, String baseUrl) {
    this.service = service;
    this.bulk = new BulkProcessor(service);
    this.rootSearch = new RootSearch(service);
    this.meResolver = meResolver;
    this.baseUrl = baseUrl;
  }

  ScimService service() {
    return service;
  }

  BulkProcessor bulk() {
    return bulk;
  }

  RootSearch rootSearch() {
    return rootSearch;
  }

  Optional<MeResolver> meResolver() {
    return Optional.ofNullable(meResolver);
  }

  /**
   * The id segment of a single-resource request; {@code .search} there is the search endpoint,
   * which only takes POST (405 for other methods, whichever template a runtime matched).
   */
  static String resourceId(String id) {
    if (id.equals(SEARCH)) {
      throw new NotAllowedException(HttpMethod.POST);
    }
    return id;
  }

  /** The caller, as {@link AuthenticationFilter} established it. */
  static ScimPrincipal principal(SecurityContext security) {
    if (security != null && security.getUserPrincipal() instanceof ScimPrincipal principal) {
      return principal;
    }
    throw new IllegalStateException("request reached a SCIM endpoint without authentication");
  }

  /** The protocol call of a request: the caller's tenant and the base URL for locations. */
  ScimCall call(InboundRequest request) {
    return call(request.security(), request.uri(), request.header(HttpHeaders.USER_AGENT));
  }

  /**
   * The protocol call of a request: the caller's tenant and the base URL for locations.
   *
   * @param userAgent the request's {@code User-Agent}, or null
   */
  ScimCall call(SecurityContext security, UriInfo uri, String userAgent) {
    return new ScimCall(principal(security).requestContext(userAgent),
        baseUrl != null ? baseUrl : uri.getBaseUri().toString());
  }

  /**
   * The resource type served at {@code /<endpoint>}; 404 when there is none. A request reaches
   * here for a fixed endpoint ({@code /Schemas}, {@code /Bulk}, ...) only when that endpoint has
   * no such method, and some runtimes then fall back to the {@code {endpoint}} template: that is
   * 405 with the fixed endpoint's methods.
   */
  String resourceType(String endpoint) {
    List<String> allowed = FIXED_ENDPOINTS.get(endpoint);
    if (allowed != null) {
      throw new NotAllowedException(allowed.get(0), allowed.subList(1, allowed.size())
          .toArray(String[]::new));
    }
    return service.registry().resourceSchemaByEndpoint("/" + endpoint)
        .map(schema -> schema.resourceType().name())
        .orElseThrow(() -> ScimException.notFound("no resource type at endpoint /" + endpoint));
  }
}
