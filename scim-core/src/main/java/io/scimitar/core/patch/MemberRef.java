package io.scimitar.core.patch;

import java.util.Objects;

/**
 * One member of a group as a membership change names it (RFC 7643 §4.2 {@code members}).
 *
 * @param value the member's id (required)
 * @param display a display name, or null
 * @param type {@code User} or {@code Group}, or null
 * @param ref the member's URI ({@code $ref}), or null
 */
public record MemberRef(String value, String display, String type, String ref) {
  public MemberRef {
    Objects.requireNonNull(value, "value");
  }

  /** A member known only by id. */
  public static MemberRef of(String value) {
    return new MemberRef(value, null, null, null);
  }
}
