package io.scimitar.core.auth;

import java.util.Objects;

/** The outcome of authenticating a request: a principal, or a rejection to answer with 401. */
public sealed interface AuthenticationResult
    permits AuthenticationResult.Authenticated, AuthenticationResult.Rejected {

  /** An accepted caller. */
  static AuthenticationResult authenticated(ScimPrincipal principal) {
    return new Authenticated(principal);
  }

  /** A refused request. */
  static AuthenticationResult rejected(String detail, String challenge) {
    return new Rejected(detail, challenge);
  }

  /**
   * The request carries valid credentials.
   *
   * @param principal the caller and its tenant
   */
  record Authenticated(ScimPrincipal principal) implements AuthenticationResult {
    public Authenticated {
      Objects.requireNonNull(principal, "principal");
    }
  }

  /**
   * The request carries no usable credentials; the binding answers 401.
   *
   * @param detail a client-safe reason for the SCIM error body; it must not reveal whether a key
   *     exists
   * @param challenge the {@code WWW-Authenticate} header value, e.g. {@code Bearer realm="scim"}
   */
  record Rejected(String detail, String challenge) implements AuthenticationResult {
    public Rejected {
      Objects.requireNonNull(detail, "detail");
      Objects.requireNonNull(challenge, "challenge");
    }
  }
}
