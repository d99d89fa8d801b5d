package io.scimitar.reliability;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the server acknowledged (answered 2xx) and what was sent without an answer. A value sent
 * after the last acknowledged one may or may not have been committed (its answer was lost), so
 * the stored value must be the last acknowledged one or one of those sent after it.
 */
final class Ledger {
  /** One user, owned by one worker: only that worker writes it. */
  static final class User {
    final String userName;
    final String id;
    String ackedTitle;
    boolean ackedActive;
    final Set<String> pendingTitles = new HashSet<>();
    final Set<Boolean> pendingActive = new HashSet<>();
    /** What the worker sends as {@code active} from now on. */
    boolean active;
    int titles;

    User(String userName, String id, String title, boolean active) {
      this.userName = userName;
      this.id = id;
      this.ackedTitle = title;
      this.ackedActive = active;
      this.active = active;
    }

    synchronized void sending(String title, boolean activeSent) {
      pendingTitles.add(title);
      pendingActive.add(activeSent);
    }

    synchronized void acknowledged(String title, boolean activeAcked) {
      ackedTitle = title;
      ackedActive = activeAcked;
      pendingTitles.clear();
      pendingActive.clear();
    }

    synchronized boolean titleMatches(String stored) {
      return stored.equals(ackedTitle) || pendingTitles.contains(stored);
    }

    synchronized boolean activeMatches(boolean stored) {
      return stored == ackedActive || pendingActive.contains(stored);
    }
  }

  private final Map<String, User> users = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> members = new ConcurrentHashMap<>();
  private final Map<String, String> groups = new ConcurrentHashMap<>();

  /** A create answered 201. */
  User created(String userName, String id, String title) {
    User user = new User(userName, id, title, true);
    users.put(userName, user);
    return user;
  }

  /** A group found or created before the load, by display name. */
  void group(String displayName, String id) {
    groups.put(displayName, id);
    members.putIfAbsent(id, ConcurrentHashMap.newKeySet());
  }

  /** A member addition answered 2xx. */
  void memberAdded(String groupId, String memberId) {
    members.get(groupId).add(memberId);
  }

  Collection<User> users() {
    return List.copyOf(users.values());
  }

  Map<String, String> groups() {
    return Map.copyOf(groups);
  }

  Set<String> membersOf(String groupId) {
    return Set.copyOf(members.get(groupId));
  }

  /** How many creates and member additions were acknowledged (the workers count updates). */
  long acknowledgedCreatesAndMembers() {
    long count = users.size();
    for (Set<String> added : members.values()) {
      count += added.size();
    }
    return count;
  }
}
