package io.scimitar.events.set;

import io.scimitar.core.event.ChangeEvent;
import io.scimitar.core.event.ChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event-log consumer of one receiver: each event of the receiver's tenant becomes a SET
 * pushed there; events of other tenants are passed over. A push that fails throws, so the
 * dispatcher keeps the position in the durable log and pushes the same event again after a
 * back-off: the receiver gets the tenant's events in log order, hence in version order per
 * resource, however long it was away (as long as the log retains them).
 */
final class SetPushConsumer implements ChangeListener {
  private static final Logger LOG = LoggerFactory.getLogger(SetPushConsumer.class);

  private final SetReceiver receiver;
  private final ScimSetEncoder encoder;
  private final SetPushClient client;
  private final SetPushCounts counts;

  SetPushConsumer(
      SetReceiver receiver, ScimSetEncoder encoder, SetPushClient client, SetPushCounts counts) {
    this.receiver = receiver;
    this.encoder = encoder;
    this.client = client;
    this.counts = counts;
  }

  @Override
  public void onChange(ChangeEvent event) {
    if (!event.tenantId().equals(receiver.tenantId())) {
      return;
    }
    PushOutcome outcome = client.push(receiver, encoder.encode(event, receiver));
    if (outcome instanceof PushOutcome.Failed failed) {
      counts.failed();
      throw new SetPushFailedException(receiver, event.eventId(), failed.reason());
    }
    if (outcome instanceof PushOutcome.Refused refused) {
      counts.refused();
      LOG.warn("receiver '{}' refused the SET for event {} ({}: {}); going on with the next",
          receiver.name(), event.eventId(), refused.err(), refused.description());
      return;
    }
    counts.accepted();
  }
}
