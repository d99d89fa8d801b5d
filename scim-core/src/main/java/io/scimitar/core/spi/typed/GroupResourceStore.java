package io.scimitar.core.spi.typed;

import io.scimitar.core.resource.Group;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.spi.QueryResult;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceQuery;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.ResourceUpdate;
import io.scimitar.core.spi.StoreCapabilities;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link GroupStore} as the generic {@link ResourceStore} of the Group type: full replacements
 * go to {@link GroupStore#update}, member-level changes to {@link GroupStore#updateMembers}.
 */
final class GroupResourceStore implements ResourceStore {
  private final GroupStore groups;

  GroupResourceStore(GroupStore groups) {
    this.groups = Objects.requireNonNull(groups, "groups");
  }

  @Override
  public String resourceType() {
    return Group.RESOURCE_TYPE;
  }

  @Override
  public StoreCapabilities capabilities() {
    return groups.capabilities();
  }

  @Override
  public ScimResource create(RequestContext context, ScimResource resource) {
    return groups.create(context, Group.fromResource(resource)).toResource();
  }

  @Override
  public Optional<ScimResource> get(RequestContext context, String id, boolean membersWanted) {
    return groups.get(context, id, membersWanted).map(group -> withoutMembersUnlessWanted(
        group, membersWanted).toResource());
  }

  @Override
  public ScimResource update(RequestContext context, ResourceUpdate update) {
    Group group = Group.fromResource(update.resource());
    Group stored = update.membersIncluded()
        ? groups.update(context, group, update.expectedVersion())
        : groups.updateMembers(context, group, update.expectedVersion(), update.memberChanges());
    return stored.toResource();
  }

  @Override
  public void delete(RequestContext context, String id, String expectedVersion) {
    groups.delete(context, id, expectedVersion);
    groups.removeMemberEverywhere(context, id);
  }

  @Override
  public QueryResult query(RequestContext context, ResourceQuery query) {
    return Pages.toResult(groups.query(context, query)
        .map(group -> withoutMembersUnlessWanted(group, query.membersWanted()).toResource()));
  }

  /**
   * A store may return members the caller did not ask for; they are dropped, so that reads
   * without members look the same whatever the store does.
   */
  private static Group withoutMembersUnlessWanted(Group group, boolean membersWanted) {
    return membersWanted || group.members().isEmpty()
        ? group
        : group.toBuilder().members(List.of()).build();
  }
}
