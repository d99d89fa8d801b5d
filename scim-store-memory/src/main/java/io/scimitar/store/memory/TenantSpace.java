package io.scimitar.store.memory;

import java.util.Collection;
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

  /** A tenant with these empty tables, keyed by resource type name. */
  TenantSpace(Map<String, TypeTable> tablesByType) {
    this.tablesByType = Map.copyOf(tablesByType);
  }

  /** The table of a resource type this storage holds. */
  TypeTable table(String resourceType) {
    TypeTable table = tablesByType.get(resourceType);
    if (table == null) {
      throw new IllegalArgumentException("no table for resource type " + resourceType);
    }
    return table;
  }

  /** Every table of the tenant. */
  Collection<TypeTable> tables() {
    return tablesByType.values();
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
    for (TypeTable table : tablesByType.values()) {
      table.members().ifPresent(members -> members.forgetMember(memberId));
    }
  }
}
