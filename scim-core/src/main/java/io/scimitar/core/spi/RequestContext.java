package io.scimitar.core.spi;

import java.util.Objects;

/**
 * Who is asking, on behalf of which tenant. Every store call is scoped to {@link #tenantId()}.
 *
 * @param tenantId the tenant every read and write is confined to
 * @param principal the authenticated caller, e.g. a SCIM key id (never the secret)
 * @param userAgent the client's User-Agent, or an empty string; used for provenance
 * @param provisioningDomain the provisioning domain (RFC 7643 §3.1) the caller writes for, which
 *     scopes {@code externalId}; {@link #DEFAULT_DOMAIN} for a tenant's default domain
 */
public record RequestContext(
    String tenantId, String principal, String userAgent, String provisioningDomain) {
  /** The provisioning domain of callers that name none. */
  public static final String DEFAULT_DOMAIN = "";

  public RequestContext {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(principal, "principal");
    userAgent = userAgent == null ? "" : userAgent;
    provisioningDomain = provisioningDomain == null ? DEFAULT_DOMAIN : provisioningDomain;
  }

  /** A context in the tenant's default provisioning domain. */
  public RequestContext(String tenantId, String principal, String userAgent) {
    this(tenantId, principal, userAgent, DEFAULT_DOMAIN);
  }

  /** A context for one tenant with a named caller and no client description. */
  public static RequestContext of(String tenantId, String principal) {
    return new RequestContext(tenantId, principal, "");
  }
}
