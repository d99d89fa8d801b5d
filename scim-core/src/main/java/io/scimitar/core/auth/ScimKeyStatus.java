package io.scimitar.core.auth;

/** Whether a SCIM key is accepted. */
public enum ScimKeyStatus {
  /** The key authenticates requests. */
  ACTIVE,
  /** The key is kept for the record but every request with it gets 401. */
  DISABLED
}
