package io.scimitar.core.service;

import io.scimitar.core.spi.RequestContext;
import java.util.Objects;

/**
 * One protocol call: the request context that scopes storage, and the base URL the client used,
 * from which {@code meta.location} and {@code $ref} URLs are made.
 *
 * @param context tenant and caller
 * @param baseUrl the SCIM base URL without a trailing slash, e.g. {@code https://host/scim/v2}
 */
public record ScimCall(RequestContext context, String baseUrl) {
  public ScimCall {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(baseUrl, "baseUrl");
    baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }
}
