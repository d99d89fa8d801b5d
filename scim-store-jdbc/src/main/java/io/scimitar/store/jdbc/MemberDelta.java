package io.scimitar.store.jdbc;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The net effect of one write's member changes, for its change event: a member removed and added
 * again by the same write (as a replacement of the list does) was neither added nor removed.
 */
final class MemberDelta {
  private final Set<String> added = new LinkedHashSet<>();
  private final Set<String> removed = new LinkedHashSet<>();

  void added(String id) {
    if (!removed.remove(id)) {
      added.add(id);
    }
  }

  void removed(String id) {
    if (!added.remove(id)) {
      removed.add(id);
    }
  }

  List<String> addedIds() {
    return List.copyOf(added);
  }

  List<String> removedIds() {
    return List.copyOf(removed);
  }
}
