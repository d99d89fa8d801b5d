package io.scimitar.core.spi.typed;

import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.resource.User;
import io.scimitar.core.spi.QueryResult;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceQuery;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.ResourceUpdate;
import io.scimitar.core.spi.StoreCapabilities;
import java.util.Objects;
import java.util.Optional;

/** A {@link UserStore} as the generic {@link ResourceStore} of the User type. */
final class UserResourceStore implements ResourceStore {
  private final UserStore users;
  private final MemberRemoval memberships;

  UserResourceStore(UserStore users, MemberRemoval memberships) {
    this.users = Objects.requireNonNull(users, "users");
    this.memberships = memberships;
  }

  @Override
  public String resourceType() {
    return User.RESOURCE_TYPE;
  }

  @Override
  public StoreCapabilities capabilities() {
    return users.capabilities();
  }

  @Override
  public ScimResource create(RequestContext context, ScimResource resource) {
    return users.create(context, User.fromResource(resource)).toResource();
  }

  @Override
  public Optional<ScimResource> get(RequestContext context, String id, boolean membersWanted) {
    return users.get(context, id).map(User::toResource);
  }

  @Override
  public ScimResource update(RequestContext context, ResourceUpdate update) {
    if (!update.memberChanges().isEmpty()) {
      throw new IllegalArgumentException("users have no members to change");
    }
    return users.update(context, User.fromResource(update.resource()), update.expectedVersion())
        .toResource();
  }

  @Override
  public void delete(RequestContext context, String id, String expectedVersion) {
    users.delete(context, id, expectedVersion);
    memberships.removeEverywhere(context, id);
  }

  @Override
  public QueryResult query(RequestContext context, ResourceQuery query) {
    return Pages.toResult(users.query(context, query).map(User::toResource));
  }
}
