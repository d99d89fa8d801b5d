package io.scimitar.store.jdbc;

import java.util.Optional;

/**
 * The {@code scim_member} columns of a member sub-attribute: the value as given, and its
 * comparable key (normalised by the sub-attribute's case rule; for {@code value}, the member id,
 * always case-folded so that one index serves every lookup).
 *
 * @param raw the column holding the value as given
 * @param key the column holding the comparable key
 * @param keyAlwaysFolded whether the key is folded whatever the attribute's case rule
 */
record MemberColumns(String raw, String key, boolean keyAlwaysFolded) {
  private static final MemberColumns VALUE = new MemberColumns("member_id", "member_key", true);
  private static final MemberColumns DISPLAY = new MemberColumns("display", "display_key", false);
  private static final MemberColumns TYPE = new MemberColumns("member_type", "type_key", false);
  private static final MemberColumns REF = new MemberColumns("ref", "ref_key", false);

  /** The columns of a member sub-attribute, if the table has them. */
  static Optional<MemberColumns> of(String sub) {
    if (sub == null) {
      return Optional.empty();
    }
    return switch (sub) {
      case GroupMembers.VALUE -> Optional.of(VALUE);
      case GroupMembers.DISPLAY -> Optional.of(DISPLAY);
      case GroupMembers.TYPE -> Optional.of(TYPE);
      case GroupMembers.REF -> Optional.of(REF);
      default -> Optional.empty();
    };
  }
}
