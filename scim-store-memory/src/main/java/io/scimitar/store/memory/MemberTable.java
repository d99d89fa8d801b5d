package io.scimitar.store.memory;

import io.scimitar.core.patch.MemberRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The membership rows of one group-like resource type in one tenant, indexed both ways (group
 * to members, member to groups), so that adding or removing one member costs the same for a
 * group of one as for a group of 100,000. Kept apart from the group's attribute tree, which
 * never holds the member list. Not thread-safe: the tenant's lock guards it.
 */
final class MemberTable {
  private final Map<String, Map<String, MemberRef>> membersByGroup = new HashMap<>();
  private final Map<String, Set<String>> groupsByMember = new HashMap<>();

  /**
   * Adds a member unless one with its id is already there, which is then left as it is.
   *
   * @return whether the member was added
   */
  boolean add(String groupId, MemberRef member) {
    Map<String, MemberRef> members =
        membersByGroup.computeIfAbsent(groupId, id -> new LinkedHashMap<>());
    if (members.putIfAbsent(member.value(), member) != null) {
      return false;
    }
    groupsByMember.computeIfAbsent(member.value(), id -> new LinkedHashSet<>()).add(groupId);
    return true;
  }

  /**
   * Adds each member in order, skipping those already present.
   *
   * @return the ids of the members added
   */
  List<String> addAll(String groupId, List<MemberRef> members) {
    List<String> added = new ArrayList<>();
    for (MemberRef member : members) {
      if (add(groupId, member)) {
        added.add(member.value());
      }
    }
    return added;
  }

  /**
   * Removes one member; an id that is not a member is ignored.
   *
   * @return whether it was a member
   */
  boolean remove(String groupId, String memberId) {
    Map<String, MemberRef> members = membersByGroup.get(groupId);
    if (members == null || members.remove(memberId) == null) {
      return false;
    }
    if (members.isEmpty()) {
      membersByGroup.remove(groupId);
    }
    Set<String> groups = groupsByMember.get(memberId);
    groups.remove(groupId);
    if (groups.isEmpty()) {
      groupsByMember.remove(memberId);
    }
    return true;
  }

  /**
   * Removes every member of a group (when its members are replaced, or it is deleted).
   *
   * @return the ids of the members removed, in the order they were added
   */
  Set<String> clear(String groupId) {
    Map<String, MemberRef> members = membersByGroup.remove(groupId);
    if (members == null) {
      return Set.of();
    }
    for (String memberId : members.keySet()) {
      Set<String> groups = groupsByMember.get(memberId);
      groups.remove(groupId);
      if (groups.isEmpty()) {
        groupsByMember.remove(memberId);
      }
    }
    return members.keySet();
  }

  /** Removes a member from every group of this table (when the member is deleted). */
  void forgetMember(String memberId) {
    Set<String> groups = groupsByMember.remove(memberId);
    if (groups == null) {
      return;
    }
    for (String groupId : groups) {
      Map<String, MemberRef> members = membersByGroup.get(groupId);
      members.remove(memberId);
      if (members.isEmpty()) {
        membersByGroup.remove(groupId);
      }
    }
  }

  /** The members of a group in the order they were added; a live view, read under the lock. */
  Collection<MemberRef> membersOf(String groupId) {
    Map<String, MemberRef> members = membersByGroup.get(groupId);
    return members == null ? List.of() : Collections.unmodifiableCollection(members.values());
  }

  /** The ids of the groups that directly contain a member; a live view, read under the lock. */
  Set<String> groupsOf(String memberId) {
    Set<String> groups = groupsByMember.get(memberId);
    return groups == null ? Set.of() : Collections.unmodifiableSet(groups);
  }
}
