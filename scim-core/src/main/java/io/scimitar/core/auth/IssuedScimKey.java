package io.scimitar.core.auth;

import java.util.Objects;

/**
 * A SCIM key just created by a {@link ScimKeyManager}: the token to show once (for example to
 * paste into an identity provider) and the key's description.
 *
 * @param token the bearer token, {@code <keyId>.<secret>}; never store or log it
 * @param key the key as it will be listed from now on
 */
public record IssuedScimKey(String token, ScimKey key) {
  public IssuedScimKey {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(key, "key");
  }

  /** Names the key only; the token stays out of logs and exception messages. */
  @Override
  public String toString() {
    return "IssuedScimKey[id=" + key.id() + ", tenantId=" + key.tenantId() + "]";
  }
}
