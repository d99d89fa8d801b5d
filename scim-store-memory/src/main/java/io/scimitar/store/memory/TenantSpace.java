package io.scimitar.store.memory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Everything one tenant stores: a table per resource type and one lock over all of them, so
 * that a write that touches several tables (deleting a user also removes it from every group)
 * is atomic, and tenants never wait for each other.
 */
final class TenantSpace {
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, TypeTable> tablesByType;
  /** The tables with members, apart: every read of a resource's groups walks them. */
  private final List<TypeTable> tablesWithMembers;

  /** A tenant with these empty tables, keyed by resource type name. */
  TenantSpace(Map<String, TypeTable> tablesByType) {
    this.tablesByType = Map.copyOf(tablesByType);
    this.tablesWithMembers = tablesByType.values().stream()
        .filter(table -> table.members().isPresent())
        .toList();
  }

  /** The table of a resource type this storage holds. */
  TypeTable table(String resourceType) {
    TypeTable table = tablesByType.get(resourceType);
    if (table == null) {
      throw new IllegalArgumentException("no table for resource type " + resourceType);
    }
    return table;
  }

  /** The tables of group-like resource types, which keep members. */
  List<TypeTable> tablesWithMembers() {
    return tablesWithMembers;
  }

  /** Runs a read under the shared lock. */
  <T> T read(Supplier<T> action) {
    lock.readLock().lock();
    try {
      return action.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Runs a write under the exclusive lock. */
  <T> T write(Supplier<T> action) {
    lock.writeLock().lock();
    try {
      return action.get();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Removes a deleted resource from the members of every group-like table. */
  void forgetMember(String memberId) {
    for (TypeTable table : tablesWithMembers) {
      table.members().orElseThrow().forgetMember(memberId);
    }
  }
}
