package io.scimitar.core.auth;

/**
 * Refuses a new active SCIM key because its tenant already has as many as allowed; the message
 * says what to do (disable or delete one first).
 */
public final class ScimKeyLimitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * A refusal for a tenant holding {@code active} active keys where {@code maxActiveKeys} are
   * allowed.
   */
  public ScimKeyLimitException(String tenantId, long active, int maxActiveKeys) {
    super("tenant " + tenantId + " already has " + active + " active SCIM keys (at most "
        + maxActiveKeys + "); disable or delete one before creating another");
  }
}
