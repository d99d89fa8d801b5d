package io.scimitar.jaxrs;

import io.scimitar.core.auth.ScimPrincipal;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The security context of an authenticated SCIM request: its principal is the
 * {@link ScimPrincipal}, so resources (the host's too) can read the caller and tenant from
 * {@code SecurityContext.getUserPrincipal()}.
 */
final class ScimSecurityContext implements SecurityContext {
  private final ScimPrincipal principal;
  private final boolean secure;

  ScimSecurityContext(ScimPrincipal principal, boolean secure) {
    this.principal = principal;
    this.secure = secure;
  }

  @Override
  public ScimPrincipal getUserPrincipal() {
    return principal;
  }

  @Override
  public boolean isUserInRole(String role) {
    return false;
  }

  @Override
  public boolean isSecure() {
    return secure;
  }

  @Override
  public String getAuthenticationScheme() {
    return "SCIM";
  }
}
