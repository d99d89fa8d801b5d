package io.scimitar.core.event;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread that delivers one consumer: take the lease, read a batch after the consumer's
 * position, hand each event to the listener (again and again after back-offs while it throws),
 * confirm the position, repeat. The lease is renewed while it runs, so a slow listener keeps it;
 * when the lease is lost (this process stalled past its expiry and another replica took over)
 * the loop stops confirming and starts over from whatever position the log then holds.
 */
final class ConsumerLoop {
  private static final Logger LOG = LoggerFactory.getLogger(ConsumerLoop.class);

  private final EventLog log;
  private final EventDispatcher.Settings settings;
  private final String name;
  private final ConsumerStart start;
  private final ChangeListener listener;
  private final Thread thread;
  private final Object signal = new Object();
  private boolean woken;
  private volatile boolean running = true;
  /** The lease while this loop holds one; only the loop's thread touches it. */
  private ConsumerLease lease;

  ConsumerLoop(EventLog log, EventDispatcher.Settings settings, String name, ConsumerStart start,
      ChangeListener listener) {
    this.log = log;
    this.settings = settings;
    this.name = name;
    this.start = start;
    this.listener = listener;
    this.thread = new Thread(this::run, "scim-events-" + name);
    this.thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  void wake() {
    synchronized (signal) {
      woken = true;
      signal.notifyAll();
    }
  }

  void stop() {
    running = false;
    wake();
  }

  void join(Duration timeout) {
    try {
      thread.join(timeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    while (running) {
      try {
        lease = log.acquire(name, start, settings.owner(), settings.leaseDuration()).orElse(null);
        if (lease == null || !deliverBatch()) {
          idle(settings.pollInterval());
        }
      } catch (RuntimeException e) {
        LOG.warn("change-event consumer '{}': the event log failed; retrying", name, e);
        lease = null;
        sleep(settings.initialBackoff());
      }
    }
    releaseLease();
  }

  /**
   * Delivers the next batch and confirms it.
   *
   * @return whether there were events to deliver
   */
  private boolean deliverBatch() {
    List<ChangeEvent> batch = log.readAfter(lease.position(), settings.batchSize());
    if (batch.isEmpty()) {
      return false;
    }
    long confirmed = lease.position();
    for (ChangeEvent event : batch) {
      if (!deliver(event, confirmed)) {
        break;
      }
      confirmed = event.sequence();
      if (lease == null || (renewalDue() && !confirm(confirmed))) {
        return true;
      }
    }
    if (lease != null) {
      confirm(confirmed);
    }
    return true;
  }

  /**
   * Hands one event to the listener until it takes it, backing off between attempts.
   *
   * @return true once delivered; false when the dispatcher stopped or the lease was lost first
   */
  private boolean deliver(ChangeEvent event, long confirmed) {
    Duration backoff = settings.initialBackoff();
    for (int attempt = 1; ; attempt++) {
      try {
        listener.onChange(event);
        return true;
      } catch (RuntimeException e) {
        LOG.warn("change-event consumer '{}' failed on event {} (sequence {}), attempt {};"
            + " redelivering in {}", name, event.eventId(), event.sequence(), attempt, backoff, e);
      }
      sleep(backoff);
      if (!running || !confirm(confirmed)) {
        return false;
      }
      backoff = backoff.multipliedBy(2).compareTo(settings.maxBackoff()) > 0
          ? settings.maxBackoff() : backoff.multipliedBy(2);
    }
  }

  /** Confirms a position and renews the lease; false (and no lease) when it was lost. */
  private boolean confirm(long position) {
    Optional<ConsumerLease> renewed =
        log.advance(lease, position, settings.leaseDuration());
    if (renewed.isEmpty()) {
      LOG.info("change-event consumer '{}': lease lost to another owner", name);
    }
    lease = renewed.orElse(null);
    return lease != null;
  }

  private boolean renewalDue() {
    Instant halfway = lease.expires().minus(settings.leaseDuration().dividedBy(2));
    return settings.clock().instant().isAfter(halfway);
  }

  private void releaseLease() {
    if (lease == null) {
      return;
    }
    try {
      log.release(lease);
    } catch (RuntimeException e) {
      LOG.warn("change-event consumer '{}': releasing its lease failed", name, e);
    }
    lease = null;
  }

  /** Waits up to {@code timeout}, or until woken because events were appended or on stop. */
  private void idle(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (signal) {
      long left;
      while (!woken && running && (left = deadline - System.nanoTime()) > 0) {
        try {
          signal.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          running = false;
          Thread.currentThread().interrupt();
        }
      }
      woken = false;
    }
  }

  /** Waits the whole {@code duration} unless stopped; appends do not cut a back-off short. */
  private void sleep(Duration duration) {
    long deadline = System.nanoTime() + duration.toNanos();
    synchronized (signal) {
      long left;
      while (running && (left = deadline - System.nanoTime()) > 0) {
        try {
          signal.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          running = false;
          Thread.currentThread().interrupt();
        }
      }
    }
  }
}
