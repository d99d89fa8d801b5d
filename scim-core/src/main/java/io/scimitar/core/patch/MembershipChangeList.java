package io.scimitar.core.patch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the member-level changes of one request in order and keeps them small: adjacent adds
 * (and adjacent removes) merge into one change, and once the request has named the whole member
 * list ({@code replace members} or {@code remove members}) every later change folds into that
 * list, so the store receives one {@link MembershipChange.ReplaceAll} or
 * {@link MembershipChange.RemoveAll}. Not thread-safe; one per request.
 */
final class MembershipChangeList {
  private final List<MembershipChange> changes = new ArrayList<>();
  /** The complete member list once the request has set it, by id; null until then. */
  private Map<String, MemberRef> whole;

  /** Adds members; within the request, the first mention of an id wins. */
  void add(List<MemberRef> members) {
    if (members.isEmpty()) {
      return;
    }
    if (whole != null) {
      members.forEach(member -> whole.putIfAbsent(member.value(), member));
      return;
    }
    Map<String, MemberRef> merged = new LinkedHashMap<>();
    int last = changes.size() - 1;
    if (last >= 0 && changes.get(last) instanceof MembershipChange.Add previous) {
      previous.members().forEach(member -> merged.put(member.value(), member));
      changes.remove(last);
    }
    members.forEach(member -> merged.putIfAbsent(member.value(), member));
    changes.add(new MembershipChange.Add(new ArrayList<>(merged.values())));
  }

  /** Removes members by id; ids that are not members are the store's no-op. */
  void remove(Set<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    if (whole != null) {
      ids.forEach(whole::remove);
      return;
    }
    Set<String> merged = new LinkedHashSet<>();
    int last = changes.size() - 1;
    if (last >= 0 && changes.get(last) instanceof MembershipChange.Remove previous) {
      merged.addAll(previous.ids());
      changes.remove(last);
    }
    merged.addAll(ids);
    changes.add(new MembershipChange.Remove(merged));
  }

  /** Makes the member list exactly {@code members}; earlier changes no longer matter. */
  void replaceAll(List<MemberRef> members) {
    changes.clear();
    whole = new LinkedHashMap<>();
    members.forEach(member -> whole.putIfAbsent(member.value(), member));
  }

  /** Empties the member list; earlier changes no longer matter. */
  void removeAll() {
    replaceAll(List.of());
  }

  /** The changes, in the order the store applies them. */
  List<MembershipChange> toList() {
    if (whole == null) {
      return List.copyOf(changes);
    }
    if (whole.isEmpty()) {
      return List.of(new MembershipChange.RemoveAll());
    }
    return List.of(new MembershipChange.ReplaceAll(new ArrayList<>(whole.values())));
  }
}
