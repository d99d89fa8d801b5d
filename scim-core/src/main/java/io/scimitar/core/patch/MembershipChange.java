package io.scimitar.core.patch;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A member-level change to a group, as the PATCH engine produces it and a store applies it:
 * adding one member to a group of 100,000 is one {@link Add} of one member, never a rewrite of
 * the member list.
 */
public sealed interface MembershipChange
    permits MembershipChange.Add, MembershipChange.Remove, MembershipChange.ReplaceAll,
        MembershipChange.RemoveAll {

  /** Adds these members; members already present are left as they are. */
  record Add(List<MemberRef> members) implements MembershipChange {
    public Add {
      members = List.copyOf(Objects.requireNonNull(members, "members"));
    }
  }

  /** Removes the members with these ids; ids that are not members are ignored. */
  record Remove(Set<String> ids) implements MembershipChange {
    public Remove {
      ids = Set.copyOf(Objects.requireNonNull(ids, "ids"));
    }
  }

  /** Makes the membership exactly this list. */
  record ReplaceAll(List<MemberRef> members) implements MembershipChange {
    public ReplaceAll {
      members = List.copyOf(Objects.requireNonNull(members, "members"));
    }
  }

  /** Removes every member. */
  record RemoveAll() implements MembershipChange {}
}
