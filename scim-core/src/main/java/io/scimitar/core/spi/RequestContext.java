package io.scimitar.core.spi;

import java.util.Objects;

/**
 * Who is asking, on behalf of which tenant. Every store call is scoped to {@link #tenantId()}.
 *
 * @param tenantId the tenant every read and write is confined to
 * @param principal the authenticated caller, e.g. a SCIM key id (never the secret)
 * @param userAgent the client's User-Agent, or an empty string; used for provenance
 */
public record RequestContext(String tenantId, String principal, String userAgent) {
  public RequestContext {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(principal, "principal");
    userAgent = userAgent == null ? "" : userAgent;
  }

  /** A context for one tenant with a named caller and no client description. */
  public static RequestContext of(String tenantId, String principal) {
    return new RequestContext(tenantId, principal, "");
  }
}
