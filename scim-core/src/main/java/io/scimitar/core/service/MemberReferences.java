package io.scimitar.core.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.patch.MemberRef;
import io.scimitar.core.patch.MembershipChange;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that every member a write adds to a group exists, as a user or a group, in the caller's
 * tenant: a member id that names nothing is 400 {@code invalidValue}, never a dangling row. Only
 * the members a write adds are looked up, so adding one member costs one lookup whatever the
 * group's size.
 */
final class MemberReferences {
  private final List<ResourceStore> memberStores;

  MemberReferences(List<ResourceStore> memberStores) {
    this.memberStores = List.copyOf(memberStores);
  }

  /**
   * Checks the members of a complete {@code members} array that {@code previous} (the array
   * before the write, or null) did not already hold.
   */
  void checkNew(RequestContext context, JsonNode members, JsonNode previous) {
    Set<String> ids = values(members);
    ids.removeAll(values(previous));
    check(context, ids);
  }

  private static Set<String> values(JsonNode members) {
    Set<String> ids = new LinkedHashSet<>();
    if (members != null) {
      members.forEach(member -> ids.add(member.path("value").asText()));
    }
    return ids;
  }

  /** Checks the members that member-level changes add. */
  void checkAdded(RequestContext context, List<MembershipChange> changes) {
    Set<String> ids = new LinkedHashSet<>();
    for (MembershipChange change : changes) {
      List<MemberRef> added = new ArrayList<>();
      if (change instanceof MembershipChange.Add add) {
        added = add.members();
      } else if (change instanceof MembershipChange.ReplaceAll replaceAll) {
        added = replaceAll.members();
      }
      added.forEach(member -> ids.add(member.value()));
    }
    check(context, ids);
  }

  private void check(RequestContext context, Set<String> ids) {
    for (String id : ids) {
      boolean exists = memberStores.stream()
          .anyMatch(store -> store.get(context, id, false).isPresent());
      if (!exists) {
        throw ScimException.invalidValue(
            "member '" + id + "' is neither a user nor a group of this tenant");
      }
    }
  }
}
