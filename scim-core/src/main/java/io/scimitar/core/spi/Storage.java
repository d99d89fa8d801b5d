package io.scimitar.core.spi;

import java.util.Optional;

/**
 * Everything a service persists to: a store per resource type and the membership index. One
 * object so that a store can keep users and groups together and remove a deleted member from
 * its groups in the same transaction.
 */
public interface Storage {

  /** The store for a resource type, if this storage holds that type. */
  Optional<ResourceStore> store(String resourceType);

  /** The membership index used for {@code User.groups}. */
  MembershipReader memberships();
}
