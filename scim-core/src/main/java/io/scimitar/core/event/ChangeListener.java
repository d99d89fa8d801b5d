package io.scimitar.core.event;

/**
 * The host's in-process hook for change events, e.g. to open a workspace when a user arrives or
 * revoke sessions when one is deactivated. Register it with an {@link EventDispatcher} as a named
 * consumer of the event log.
 *
 * <p>Delivery is at least once, in {@link ChangeEvent#sequence()} order, on a dispatcher thread,
 * never on the thread of a SCIM request: a listener that is slow or throws never delays or fails
 * a SCIM request. A listener that throws gets the same event again after a back-off (and nothing
 * later until it succeeds), so it must be idempotent; {@link ChangeEvent#eventId()} is stable
 * across redeliveries and serves as a deduplication key.
 */
@FunctionalInterface
public interface ChangeListener {

  /**
   * Handles one committed change.
   *
   * @throws RuntimeException to ask for redelivery of this event after a back-off
   */
  void onChange(ChangeEvent event);
}
