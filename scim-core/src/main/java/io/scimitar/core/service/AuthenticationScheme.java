package io.scimitar.core.service;

import java.util.Objects;

/**
 * An authentication scheme advertised in ServiceProviderConfig (RFC 7643 §5).
 *
 * @param type {@code oauthbearertoken}, {@code httpbasic}, ... (RFC 7643 §5 names)
 * @param name a human-readable name
 * @param description a description
 * @param specUri the specification's URL, or null
 * @param primary whether it is the preferred scheme
 */
public record AuthenticationScheme(
    String type, String name, String description, String specUri, boolean primary) {
  public AuthenticationScheme {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
  }

  /** A bearer token in the {@code Authorization} header (RFC 6750), the identity providers' way. */
  public static AuthenticationScheme bearerToken() {
    return new AuthenticationScheme("oauthbearertoken", "OAuth Bearer Token",
        "Authentication with a bearer token (a SCIM key) in the Authorization header",
        "https://www.rfc-editor.org/info/rfc6750", true);
  }
}
