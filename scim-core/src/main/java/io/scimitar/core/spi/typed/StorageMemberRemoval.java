package io.scimitar.core.spi.typed;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.patch.MembershipChange;
import io.scimitar.core.resource.Group;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.spi.GroupRef;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.ResourceUpdate;
import io.scimitar.core.spi.Storage;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Removes a member from the groups of a generic {@link Storage} through the SPI alone: for each
 * group that contains it, one member-level {@link MembershipChange.Remove} at the group's current
 * version, which the write keeps (the group's metadata belongs to the service). A write that
 * loses a race with another writer is retried on the group's new version.
 *
 * <p>Not atomic with the delete that triggers it, as the two stores may be separate systems: a
 * member added to a group concurrently with its deletion can stay behind.
 */
final class StorageMemberRemoval implements MemberRemoval {
  private static final int MAX_ATTEMPTS = 100;

  private final Storage storage;

  StorageMemberRemoval(Storage storage) {
    this.storage = storage;
  }

  @Override
  public void removeEverywhere(RequestContext context, String memberId) {
    Optional<ResourceStore> groups = storage.store(Group.RESOURCE_TYPE);
    if (groups.isEmpty()) {
      return;
    }
    for (GroupRef group : storage.memberships().groupsOf(context, memberId)) {
      removeFrom(groups.get(), context, group.id(), memberId);
    }
  }

  private static void removeFrom(
      ResourceStore groups, RequestContext context, String groupId, String memberId) {
    List<MembershipChange> removal = List.of(new MembershipChange.Remove(Set.of(memberId)));
    for (int attempt = 1; ; attempt++) {
      Optional<ScimResource> current = groups.get(context, groupId, false);
      if (current.isEmpty()) {
        return;
      }
      String version = current.get().meta().orElseThrow(
          () -> new IllegalStateException("stored group without meta: " + groupId)).version();
      try {
        groups.update(context, new ResourceUpdate(current.get(), version, false, removal));
        return;
      } catch (ScimException e) {
        if (e.status() == 404) {
          return;
        }
        if (e.status() != 412 || attempt >= MAX_ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}
