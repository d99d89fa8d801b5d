package io.scimitar.core.auth;

import java.util.Objects;

/**
 * A newly issued SCIM key: the token to show the administrator once (for example to paste into an
 * identity provider), and what the server stores of it.
 *
 * @param token the bearer token, {@code <keyId>.<secret>}; never store or log it
 * @param stored the key id, tenant and hash to keep
 */
public record IssuedSecret(String token, StoredSecret stored) {
  public IssuedSecret {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(stored, "stored");
  }

  /** Names the key only; the token stays out of logs and exception messages. */
  @Override
  public String toString() {
    return "IssuedSecret[keyId=" + stored.keyId() + ", tenantId=" + stored.tenantId() + "]";
  }
}
