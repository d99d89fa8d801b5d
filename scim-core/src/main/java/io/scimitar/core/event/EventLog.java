package io.scimitar.core.event;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The durable log of committed changes that a storage keeps (see {@link
 * io.scimitar.core.spi.Storage#eventLog()}), read by an {@link EventDispatcher} and by the admin's
 * activity view. The store writes an event with the change it describes, in the same transaction
 * (the outbox pattern), so the log holds an event exactly when its change is committed.
 *
 * <p>The contract every implementation keeps:
 *
 * <ul>
 *   <li>Sequences are positive, unique and increase in commit order: an event committed after
 *       another event was readable gets a larger sequence, so a reader that has seen every event
 *       up to sequence {@code s} never later finds one below {@code s}. Events of one resource
 *       therefore come in version order.
 *   <li>Consumers are named; their positions are stored in the log and survive restarts.
 *       {@link #acquire} gives at most one owner at a time a lease on a consumer; {@link
 *       #advance} moves its position only while the lease is held, so two replicas never both
 *       confirm the same range.
 *   <li>Events stay at least for the retention period: {@link #purge} removes only what is older.
 * </ul>
 *
 * <p>Implementations are thread-safe and shared by every tenant; events carry their tenant.
 */
public interface EventLog {

  /** Stored events with a sequence above {@code afterSequence}, ascending, at most {@code limit}. */
  List<ChangeEvent> readAfter(long afterSequence, int limit);

  /**
   * A tenant's stored events with a sequence below {@code beforeSequence}, newest first, at most
   * {@code limit}; {@link Long#MAX_VALUE} reads from the newest. Used for activity views.
   */
  List<ChangeEvent> recent(String tenantId, long beforeSequence, int limit);

  /**
   * Leases a consumer to {@code owner} for {@code duration}, creating the consumer at {@code start}
   * if the log has never seen it. The owner that already holds the lease gets it renewed.
   *
   * @return the lease, or empty while another owner holds an unexpired lease on the consumer
   */
  Optional<ConsumerLease> acquire(
      String consumer, ConsumerStart start, String owner, Duration duration);

  /**
   * Confirms that the consumer has handled every event up to {@code position} (never moving it
   * back) and renews the lease for {@code duration}.
   *
   * @return the renewed lease, or empty when the lease was lost (expired and taken by another
   *     owner); the position is then left as the new owner has it
   */
  Optional<ConsumerLease> advance(ConsumerLease lease, long position, Duration duration);

  /** Ends a lease early (on shutdown) so that another owner can take the consumer at once. */
  void release(ConsumerLease lease);

  /**
   * Removes events committed before {@code cutoff}, whether consumed or not (retention).
   *
   * @return how many events were removed
   */
  int purge(Instant cutoff);

  /**
   * Registers a hint the log runs after it stored events in this process, so that a dispatcher
   * can deliver at once instead of at its next poll. Other processes sharing the log learn of new
   * events only by reading. The default runs nothing.
   */
  default void onAppend(Runnable hint) {}
}
