package io.scimitar.core.patch;

/**
 * Signals that a PATCH request, applied to a group loaded without its members, contains a member
 * operation that cannot be expressed as a member-level change (for example
 * {@code remove members[type eq "Group"]}): the caller loads the complete member list and applies
 * the request again with members loaded. Nothing has been changed when it is thrown.
 */
public final class MemberListRequiredException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the signal.
   *
   * @param reason which operation needs the member list, for logs
   */
  public MemberListRequiredException(String reason) {
    super(reason, null, false, false);
  }
}
