package io.scimitar.events.set;

/**
 * A SET could not be pushed to its receiver this time (see {@link PushOutcome.Failed}). Thrown
 * to the event dispatcher, which keeps the consumer's position and pushes the same event again
 * after its back-off, so nothing later overtakes it.
 */
public final class SetPushFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SetPushFailedException(SetReceiver receiver, String eventId, String reason) {
    super("SET for event " + eventId + " not delivered to receiver '" + receiver.name() + "' ("
        + receiver.endpoint() + "): " + reason, null, false, false);
  }
}
