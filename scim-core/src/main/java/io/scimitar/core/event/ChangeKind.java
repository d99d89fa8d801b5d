package io.scimitar.core.event;

/**
 * What a committed write did to a resource. Every committed write is exactly one event of exactly
 * one kind, so a resource's events and its versions correspond one to one.
 *
 * <p>A replace or a PATCH that changes a resource's {@code active} attribute (true to not true,
 * or not true to true) is reported as {@link #ACTIVATE} or {@link #DEACTIVATE} instead of
 * {@link #REPLACE} or {@link #PATCH}: hosts act on those first (revoke sessions, open a
 * workspace). Its {@link ChangeEvent#changedAttributes()} still names every attribute the write
 * changed, {@code active} among them. One write is never two events: a consumer that syncs
 * attributes treats every {@link #isUpdate() update} kind alike.
 */
public enum ChangeKind {
  /** A resource was created (POST, or a bulk POST). */
  CREATE,
  /** A resource was replaced (PUT) without a change of {@code active}. */
  REPLACE,
  /** A resource was modified by PATCH without a change of {@code active}. */
  PATCH,
  /** A resource was deleted; the event carries the version it had. */
  DELETE,
  /** A replace or PATCH set {@code active} to true on a resource that was not active. */
  ACTIVATE,
  /** A replace or PATCH made an active resource inactive ({@code active} false or removed). */
  DEACTIVATE;

  /** Whether this kind changes an existing resource (replace, PATCH, activate, deactivate). */
  public boolean isUpdate() {
    return this == REPLACE || this == PATCH || this == ACTIVATE || this == DEACTIVATE;
  }
}
