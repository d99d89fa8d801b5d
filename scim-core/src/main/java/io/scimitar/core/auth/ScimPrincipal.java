package io.scimitar.core.auth;

import io.scimitar.core.spi.RequestContext;
import java.security.Principal;
import java.util.Objects;

/**
 * An authenticated caller: the tenant it acts for and its name (for a SCIM key, the key id; never
 * a secret).
 *
 * @param tenantId the tenant every store call of the request is confined to
 * @param name the caller's name, safe to log
 */
public record ScimPrincipal(String tenantId, String name) implements Principal {
  public ScimPrincipal {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public String getName() {
    return name;
  }

  /** The storage context of a request made by this caller with the given User-Agent. */
  public RequestContext requestContext(String userAgent) {
    return new RequestContext(tenantId, name, userAgent);
  }
}
