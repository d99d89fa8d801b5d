package io.scimitar.core.spi.typed;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.patch.MembershipChange;
import io.scimitar.core.resource.Group;
import io.scimitar.core.resource.Member;
import io.scimitar.core.spi.GroupRef;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceQuery;
import io.scimitar.core.spi.StoreCapabilities;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A small typed group store over maps, for testing the adapters. It records the member changes
 * and removals it receives, and can be told to fail the next writes with 412.
 */
final class MapGroupStore implements GroupStore {
  private final Map<String, Map<String, Group>> tenants = new HashMap<>();
  private final List<List<MembershipChange>> memberChanges = new ArrayList<>();
  private final List<String> removedEverywhere = new ArrayList<>();
  private int conflictsToInject;
  private boolean returnMembersAlways;

  private Map<String, Group> groups(RequestContext context) {
    return tenants.computeIfAbsent(context.tenantId(), tenant -> new TreeMap<>());
  }

  /** Makes the next {@code count} writes fail with 412, as if another writer had won. */
  synchronized void injectConflicts(int count) {
    conflictsToInject = count;
  }

  /** Makes reads return members even when they are not wanted. */
  synchronized void returnMembersAlways() {
    returnMembersAlways = true;
  }

  synchronized List<List<MembershipChange>> memberChanges() {
    return List.copyOf(memberChanges);
  }

  synchronized List<String> removedEverywhere() {
    return List.copyOf(removedEverywhere);
  }

  @Override
  public StoreCapabilities capabilities() {
    return EqualityCapabilities.none();
  }

  @Override
  public synchronized Group create(RequestContext context, Group group) {
    if (groups(context).putIfAbsent(group.id(), group) != null) {
      throw ScimException.uniqueness("id " + group.id() + " is taken");
    }
    return group;
  }

  @Override
  public synchronized Optional<Group> get(
      RequestContext context, String id, boolean membersWanted) {
    return Optional.ofNullable(groups(context).get(id))
        .map(group -> membersWanted || returnMembersAlways ? group : withMembers(group, List.of()));
  }

  @Override
  public synchronized Group update(RequestContext context, Group group, String expectedVersion) {
    checkVersion(context, group.id(), expectedVersion);
    groups(context).put(group.id(), group);
    return group;
  }

  @Override
  public synchronized Group updateMembers(
      RequestContext context, Group group, String expectedVersion,
      List<MembershipChange> changes) {
    Group current = checkVersion(context, group.id(), expectedVersion);
    memberChanges.add(changes);
    Map<String, Member> members = new LinkedHashMap<>();
    current.members().forEach(member -> members.put(member.value(), member));
    for (MembershipChange change : changes) {
      apply(members, change);
    }
    groups(context).put(group.id(), withMembers(group, new ArrayList<>(members.values())));
    return group;
  }

  private static void apply(Map<String, Member> members, MembershipChange change) {
    if (change instanceof MembershipChange.Add add) {
      add.members().forEach(ref -> members.putIfAbsent(ref.value(), GroupStore.member(ref)));
    } else if (change instanceof MembershipChange.Remove remove) {
      remove.ids().forEach(members::remove);
    } else if (change instanceof MembershipChange.ReplaceAll replaceAll) {
      members.clear();
      replaceAll.members().forEach(ref -> members.put(ref.value(), GroupStore.member(ref)));
    } else {
      members.clear();
    }
  }

  @Override
  public synchronized void delete(RequestContext context, String id, String expectedVersion) {
    checkVersion(context, id, expectedVersion);
    groups(context).remove(id);
  }

  @Override
  public synchronized Page<Group> query(RequestContext context, ResourceQuery query) {
    List<Group> all = new ArrayList<>(groups(context).values());
    return Page.of(all.subList(0, Math.min(all.size(), query.page().count())), all.size());
  }

  @Override
  public synchronized List<GroupRef> groupsOf(RequestContext context, String memberId) {
    List<GroupRef> refs = new ArrayList<>();
    for (Group group : groups(context).values()) {
      if (group.members().stream().anyMatch(member -> member.value().equals(memberId))) {
        refs.add(new GroupRef(group.id(), group.displayName()));
      }
    }
    return refs;
  }

  @Override
  public synchronized void removeMemberEverywhere(RequestContext context, String memberId) {
    removedEverywhere.add(memberId);
    groups(context).replaceAll((id, group) -> withMembers(group, group.members().stream()
        .filter(member -> !member.value().equals(memberId)).toList()));
  }

  private Group checkVersion(RequestContext context, String id, String expectedVersion) {
    Group current = groups(context).get(id);
    if (current == null) {
      throw ScimException.notFound("Group " + id + " not found");
    }
    if (conflictsToInject > 0) {
      conflictsToInject--;
      throw ScimException.preconditionFailed("Group " + id + " changed concurrently");
    }
    if (expectedVersion != null && !current.meta().version().equals(expectedVersion)) {
      throw ScimException.preconditionFailed("Group " + id + " is at another version");
    }
    return current;
  }

  private static Group withMembers(Group group, List<Member> members) {
    return group.toBuilder().members(members).build();
  }
}
