package io.scimitar.core.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An {@link EventLog} held in memory: the log of the in-memory store, and the in-process log the
 * service keeps for a storage without one. It lives as long as this object; nothing survives a
 * restart. Sequences are assigned by {@link #append} in the order of its calls, so a store that
 * appends while it holds the lock of the write keeps commit order.
 *
 * <p>The log keeps at most {@code capacity} events and drops the oldest beyond that, so a
 * process whose events nobody consumes or purges does not grow without bound.
 */
public final class InMemoryEventLog implements EventLog {
  /** The default number of events kept. */
  public static final int DEFAULT_CAPACITY = 100_000;

  private final int capacity;
  private final Clock clock;
  private final ArrayDeque<ChangeEvent> events = new ArrayDeque<>();
  private final Map<String, Consumer> consumers = new HashMap<>();
  private final List<Runnable> hints = new CopyOnWriteArrayList<>();
  private long lastSequence;

  /** A log of at most {@link #DEFAULT_CAPACITY} events on the system clock. */
  public InMemoryEventLog() {
    this(DEFAULT_CAPACITY, Clock.systemUTC());
  }

  /**
   * A log of at most {@code capacity} events.
   *
   * @param clock the time source of lease expiry
   */
  public InMemoryEventLog(int capacity, Clock clock) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1");
    }
    this.capacity = capacity;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Stores an event at the next sequence and runs the {@link #onAppend} hints.
   *
   * @return the stored event, with its sequence
   */
  public ChangeEvent append(ChangeEvent event) {
    ChangeEvent stored;
    synchronized (this) {
      stored = event.withSequence(++lastSequence);
      events.addLast(stored);
      if (events.size() > capacity) {
        events.removeFirst();
      }
    }
    hints.forEach(Runnable::run);
    return stored;
  }

  @Override
  public synchronized List<ChangeEvent> readAfter(long afterSequence, int limit) {
    List<ChangeEvent> page = new ArrayList<>(Math.min(limit, events.size()));
    if (events.isEmpty() || limit <= 0) {
      return page;
    }
    // Sequences in the deque are contiguous, so the first wanted event is at a known offset.
    long first = events.peekFirst().sequence();
    long skip = Math.max(0, afterSequence + 1 - first);
    Iterator<ChangeEvent> it = events.iterator();
    for (long i = 0; i < skip && it.hasNext(); i++) {
      it.next();
    }
    while (it.hasNext() && page.size() < limit) {
      page.add(it.next());
    }
    return page;
  }

  @Override
  public synchronized List<ChangeEvent> recent(String tenantId, long beforeSequence, int limit) {
    List<ChangeEvent> page = new ArrayList<>();
    Iterator<ChangeEvent> it = events.descendingIterator();
    while (it.hasNext() && page.size() < limit) {
      ChangeEvent event = it.next();
      if (event.sequence() < beforeSequence && event.tenantId().equals(tenantId)) {
        page.add(event);
      }
    }
    return Collections.unmodifiableList(page);
  }

  @Override
  public synchronized Optional<ConsumerLease> acquire(
      String consumer, ConsumerStart start, String owner, Duration duration) {
    Instant now = clock.instant();
    Consumer state = consumers.computeIfAbsent(
        consumer, name -> new Consumer(start == ConsumerStart.LATEST ? lastSequence : 0));
    if (state.owner != null && !state.owner.equals(owner) && state.expires.isAfter(now)) {
      return Optional.empty();
    }
    state.owner = owner;
    state.expires = now.plus(duration);
    return Optional.of(new ConsumerLease(consumer, owner, state.position, state.expires));
  }

  @Override
  public synchronized Optional<ConsumerLease> advance(
      ConsumerLease lease, long position, Duration duration) {
    Consumer state = consumers.get(lease.consumer());
    Instant now = clock.instant();
    if (state == null || !lease.owner().equals(state.owner)) {
      return Optional.empty();
    }
    state.position = Math.max(state.position, position);
    state.expires = now.plus(duration);
    return Optional.of(
        new ConsumerLease(lease.consumer(), lease.owner(), state.position, state.expires));
  }

  @Override
  public synchronized void release(ConsumerLease lease) {
    Consumer state = consumers.get(lease.consumer());
    if (state != null && lease.owner().equals(state.owner)) {
      state.owner = null;
    }
  }

  @Override
  public synchronized int purge(Instant cutoff) {
    int removed = 0;
    while (!events.isEmpty() && events.peekFirst().time().isBefore(cutoff)) {
      events.removeFirst();
      removed++;
    }
    return removed;
  }

  @Override
  public void onAppend(Runnable hint) {
    hints.add(Objects.requireNonNull(hint, "hint"));
  }

  /** A consumer's position and lease. */
  private static final class Consumer {
    long position;
    String owner;
    Instant expires = Instant.EPOCH;

    Consumer(long position) {
      this.position = position;
    }
  }
}
