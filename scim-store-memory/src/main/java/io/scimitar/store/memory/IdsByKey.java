package io.scimitar.store.memory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Ids per index key, for keys that most resources do not share (such as email addresses). A key
 * held by one id maps to that id itself, and only a shared key gets a set: a set per key would
 * triple the index's heap for the common case of a million distinct addresses. Not thread-safe.
 */
final class IdsByKey {
  // Each value is either a String (the one id with the key) or a Set<String> of two or more.
  private final Map<String, Object> holders = new HashMap<>();

  /** The ids with this key; a view or a copy, read under the lock. */
  @SuppressWarnings("unchecked")
  Set<String> get(String key) {
    Object holder = holders.get(key);
    if (holder == null) {
      return Set.of();
    }
    return holder instanceof String id ? Set.of(id) : (Set<String>) holder;
  }

  /** Records that {@code id} has {@code key}. */
  @SuppressWarnings("unchecked")
  void add(String key, String id) {
    holders.merge(key, id, (held, added) -> {
      if (held instanceof String single) {
        if (single.equals(added)) {
          return single;
        }
        Set<String> ids = new HashSet<>(4);
        ids.add(single);
        ids.add((String) added);
        return ids;
      }
      ((Set<String>) held).add((String) added);
      return held;
    });
  }

  /** Forgets that {@code id} has {@code key}. */
  @SuppressWarnings("unchecked")
  void remove(String key, String id) {
    holders.computeIfPresent(key, (unused, held) -> {
      if (held instanceof String single) {
        return single.equals(id) ? null : single;
      }
      Set<String> ids = (Set<String>) held;
      ids.remove(id);
      return ids.size() == 1 ? ids.iterator().next() : ids;
    });
  }
}
