package io.scimitar.core.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What an administrator may see of a SCIM key: everything but the secret, which is shown only
 * once when the key is created ({@link IssuedScimKey}).
 *
 * @param id the key id, safe to show and log; for a generated key also the part of its token
 *     before the first {@code .}
 * @param tenantId the tenant the key authenticates for
 * @param created when the key was created or registered
 * @param lastUsed when the key last authenticated a request, or null when never
 * @param status whether the key is accepted
 */
public record ScimKey(
    String id, String tenantId, Instant created, Instant lastUsed, ScimKeyStatus status) {
  public ScimKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(status, "status");
  }

  /** When the key last authenticated a request, if it ever did. */
  public Optional<Instant> lastUsedIfAny() {
    return Optional.ofNullable(lastUsed);
  }

  /** Whether the key is accepted. */
  public boolean active() {
    return status == ScimKeyStatus.ACTIVE;
  }

  ScimKey withStatus(ScimKeyStatus value) {
    return new ScimKey(id, tenantId, created, lastUsed, value);
  }

  ScimKey usedAt(Instant when) {
    return new ScimKey(id, tenantId, created, when, status);
  }
}
