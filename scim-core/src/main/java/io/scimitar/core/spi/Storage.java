package io.scimitar.core.spi;

import io.scimitar.core.event.EventLog;
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

  /**
   * The durable event log this storage keeps, if any. A storage that returns one records every
   * change event it is given with the write it describes, in the same transaction (see the
   * event-taking write methods of {@link ResourceStore}). A storage without one (the default)
   * still gets events: the service appends them to an in-process log after each write returns,
   * which a crash between the write and the append loses.
   */
  default Optional<EventLog> eventLog() {
    return Optional.empty();
  }
}
