package io.scimitar.core.spi.typed;

import io.scimitar.core.patch.MemberRef;
import io.scimitar.core.patch.MembershipChange;
import io.scimitar.core.resource.Group;
import io.scimitar.core.resource.Member;
import io.scimitar.core.spi.GroupRef;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceQuery;
import io.scimitar.core.spi.StoreCapabilities;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Persists {@link Group}s and their members, typically as a groups table and a membership table
 * with one row per member. Turned into a {@link io.scimitar.core.spi.ResourceStore} and a
 * {@link io.scimitar.core.spi.MembershipReader} by {@link TypedStorage}.
 *
 * <p>Membership is written member by member: PATCH requests that add or remove members reach
 * {@link #updateMembers} as {@link MembershipChange}s, so adding one member to a group of
 * 100,000 is one row insert, never a rewrite of the member list.
 *
 * <p>The rules of {@link UserStore} apply: thread-safe, confined to the tenant, atomic
 * compare-and-set on the version, ids and metadata kept as given, conflicts reported as
 * {@link io.scimitar.core.error.ScimException}s (404, 409 {@code uniqueness} for a taken id,
 * 412). A member id is a user's or a group's id; the service checks that added members exist.
 */
public interface GroupStore {

  /** Which filters, sorts and paging modes {@link #query} evaluates itself. */
  StoreCapabilities capabilities();

  /**
   * Stores a new group with its members.
   *
   * @return the group as stored (normally {@code group} itself)
   */
  Group create(RequestContext context, Group group);

  /**
   * Reads one group of the tenant.
   *
   * @param membersWanted false when the caller does not need the members: the store may (and
   *     should, for large groups) return the group with an empty member list
   */
  Optional<Group> get(RequestContext context, String id, boolean membersWanted);

  /**
   * Replaces a group, members and all, if its stored version is {@code expectedVersion}.
   *
   * @return the group as stored
   */
  Group update(RequestContext context, Group group, String expectedVersion);

  /**
   * Writes a group's other attributes and applies member changes, in order, in one atomic step,
   * if its stored version is {@code expectedVersion}. {@code group} was read without members
   * and carries the new version and metadata; the store keeps its stored members and applies
   * {@code changes} to them: {@link MembershipChange.Add} inserts members not yet present (a
   * member already present stays as it is), {@link MembershipChange.Remove} deletes the named
   * ones (ignoring strangers), {@link MembershipChange.ReplaceAll} and
   * {@link MembershipChange.RemoveAll} reset the list. {@code changes} may be empty.
   *
   * @return the group as stored; its member list may be empty (a store need not read the
   *     members back)
   */
  Group updateMembers(
      RequestContext context, Group group, String expectedVersion,
      List<MembershipChange> changes);

  /**
   * Deletes a group and its member rows if its stored version is {@code expectedVersion}; a null
   * version deletes unconditionally. Its membership in other groups is removed afterwards
   * through {@link #removeMemberEverywhere}.
   */
  void delete(RequestContext context, String id, String expectedVersion);

  /**
   * Runs a query. Only what {@link #capabilities()} declares reaches the store; a filter on
   * {@code members} must also match groups read without members. Results come in a stable
   * order: by {@code query.sort()} when given, then by id.
   */
  Page<Group> query(RequestContext context, ResourceQuery query);

  /** The groups that directly contain {@code memberId}, in a stable order (e.g. by id). */
  List<GroupRef> groupsOf(RequestContext context, String memberId);

  /**
   * Removes a deleted user or group from every group of the tenant that contains it. The
   * groups' versions and metadata stay as they are: they belong to the service. Removing a
   * member that is in no group does nothing.
   */
  void removeMemberEverywhere(RequestContext context, String memberId);

  /** The typed member a {@link MemberRef} of a membership change names. */
  static Member member(MemberRef ref) {
    return new Member(ref.value(), ref.ref(), ref.type(), ref.display(), Map.of());
  }
}
