package io.scimitar.core.auth;

/**
 * Refuses a new active SCIM key because its tenant already has as many as allowed; the message
 * says what to do (disable or delete one first).
 */
public final class ScimKeyLimitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A refusal with a message for the administrator. */
  public ScimKeyLimitException(String message) {
    super(message);
  }
}
