package io.scimitar.core.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers an {@link EventLog} to named consumers, each at least once and in sequence order, on
 * threads of its own: SCIM requests never wait for a consumer. Each consumer's position lives in
 * the log, so delivery resumes after a restart where it stopped; each consumer is leased, so of
 * several replicas that run dispatchers over one log only the lease holder delivers a consumer,
 * and another takes over when it dies (after the lease runs out).
 *
 * <p>A consumer that throws gets the same event again after a back-off that doubles up to a
 * maximum, and nothing later until it succeeds: order is never given up for progress. The
 * dispatcher also purges events older than the retention period.
 *
 * <pre>{@code
 * EventDispatcher dispatcher = EventDispatcher.builder(service.eventLog())
 *     .consumer("workspaces", event -> workspaces.apply(event))
 *     .build();
 * dispatcher.start();
 * ...
 * dispatcher.close();
 * }</pre>
 */
public final class EventDispatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

  private final EventLog log;
  private final Settings settings;
  private final List<ConsumerLoop> loops = new ArrayList<>();
  private final ScheduledExecutorService housekeeping;
  private volatile boolean started;

  private EventDispatcher(EventLog log, Settings settings, Map<String, Registration> consumers) {
    this.log = log;
    this.settings = settings;
    consumers.forEach((name, registration) -> loops.add(new ConsumerLoop(
        log, settings, name, registration.start(), registration.listener())));
    this.housekeeping = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "scim-events-retention");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** A builder for a dispatcher over {@code log}. */
  public static Builder builder(EventLog log) {
    return new Builder(log);
  }

  /** Starts delivering to every consumer, and the periodic purge. Idempotent. */
  public synchronized void start() {
    if (started) {
      return;
    }
    started = true;
    log.onAppend(this::wake);
    loops.forEach(ConsumerLoop::start);
    // purge() catches its own failures, so the schedule never ends with an exception to report.
    var unused = housekeeping.scheduleWithFixedDelay(this::purge, 0,
        settings.purgeInterval().toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Asks every consumer to read the log now instead of at its next poll. */
  public void wake() {
    loops.forEach(ConsumerLoop::wake);
  }

  /**
   * Stops delivery: waits for each consumer to finish the event it is delivering (at most the
   * shutdown timeout), confirms what was delivered and releases the leases.
   */
  @Override
  public synchronized void close() {
    housekeeping.shutdownNow();
    loops.forEach(ConsumerLoop::stop);
    for (ConsumerLoop loop : loops) {
      loop.join(settings.shutdownTimeout());
    }
  }

  private void purge() {
    try {
      Instant cutoff = settings.clock().instant().minus(settings.retention());
      int removed = log.purge(cutoff);
      if (removed > 0) {
        LOG.info("purged {} change events committed before {}", removed, cutoff);
      }
    } catch (RuntimeException e) {
      LOG.warn("purging change events failed; retrying at the next interval", e);
    }
  }

  /**
   * How a dispatcher runs.
   *
   * @param owner the id this dispatcher leases consumers under
   * @param pollInterval how long an idle consumer waits before reading the log again
   * @param leaseDuration how long a lease lasts unless renewed; another replica takes a consumer
   *     over at most this long after its owner died
   * @param batchSize the most events read at once
   * @param initialBackoff the first wait after a consumer threw
   * @param maxBackoff the longest wait between redeliveries
   * @param retention how long events are kept
   * @param purgeInterval how often old events are purged
   * @param shutdownTimeout how long {@link #close()} waits for a consumer to finish
   * @param clock the time source
   */
  record Settings(String owner, Duration pollInterval, Duration leaseDuration, int batchSize,
      Duration initialBackoff, Duration maxBackoff, Duration retention, Duration purgeInterval,
      Duration shutdownTimeout, Clock clock) {}

  private record Registration(ConsumerStart start, ChangeListener listener) {}

  /** Builds an {@link EventDispatcher}; see the setters for the defaults. */
  public static final class Builder {
    private final EventLog log;
    private final Map<String, Registration> consumers = new LinkedHashMap<>();
    private String owner = UUID.randomUUID().toString();
    private Duration pollInterval = Duration.ofMillis(500);
    private Duration leaseDuration = Duration.ofSeconds(30);
    private int batchSize = 100;
    private Duration initialBackoff = Duration.ofSeconds(1);
    private Duration maxBackoff = Duration.ofMinutes(5);
    private Duration retention = Duration.ofDays(7);
    private Duration purgeInterval = Duration.ofHours(1);
    private Duration shutdownTimeout = Duration.ofSeconds(10);
    private Clock clock = Clock.systemUTC();

    private Builder(EventLog log) {
      this.log = Objects.requireNonNull(log, "log");
    }

    /** Adds a consumer that, on its first start, begins at the oldest retained event. */
    public Builder consumer(String name, ChangeListener listener) {
      return consumer(name, ConsumerStart.EARLIEST, listener);
    }

    /**
     * Adds a consumer.
     *
     * @param name unique in the log, stable across restarts: the log keeps its position by name
     * @param start where it begins the first time the log sees it
     */
    public Builder consumer(String name, ConsumerStart start, ChangeListener listener) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank() || name.length() > 200) {
        throw new IllegalArgumentException("a consumer name has 1 to 200 characters");
      }
      if (consumers.putIfAbsent(name, new Registration(
          Objects.requireNonNull(start, "start"), Objects.requireNonNull(listener, "listener")))
          != null) {
        throw new IllegalArgumentException("consumer '" + name + "' is already registered");
      }
      return this;
    }

    /** The id this dispatcher leases consumers under; default a random UUID. */
    public Builder owner(String value) {
      this.owner = Objects.requireNonNull(value, "owner");
      return this;
    }

    /** How long an idle consumer waits before reading the log again; default 500 ms. */
    public Builder pollInterval(Duration value) {
      this.pollInterval = positive(value, "pollInterval");
      return this;
    }

    /** How long a lease lasts unless renewed; default 30 s. */
    public Builder leaseDuration(Duration value) {
      this.leaseDuration = positive(value, "leaseDuration");
      return this;
    }

    /** The most events read at once; default 100. */
    public Builder batchSize(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("batchSize must be >= 1");
      }
      this.batchSize = value;
      return this;
    }

    /** The back-off after a consumer throws: from {@code initial}, doubling up to {@code max}. */
    public Builder backoff(Duration initial, Duration max) {
      this.initialBackoff = positive(initial, "initial");
      this.maxBackoff = positive(max, "max");
      return this;
    }

    /** How long events are kept before they are purged; default 7 days. */
    public Builder retention(Duration value) {
      this.retention = positive(value, "retention");
      return this;
    }

    /** How often old events are purged; default hourly. */
    public Builder purgeInterval(Duration value) {
      this.purgeInterval = positive(value, "purgeInterval");
      return this;
    }

    /** How long {@link EventDispatcher#close()} waits for each consumer; default 10 s. */
    public Builder shutdownTimeout(Duration value) {
      this.shutdownTimeout = positive(value, "shutdownTimeout");
      return this;
    }

    /** The time source of retention; default the system clock. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** The dispatcher; call {@link EventDispatcher#start()} to run it. */
    public EventDispatcher build() {
      return new EventDispatcher(log, new Settings(owner, pollInterval, leaseDuration, batchSize,
          initialBackoff, maxBackoff, retention, purgeInterval, shutdownTimeout, clock),
          consumers);
    }

    private static Duration positive(Duration value, String name) {
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return value;
    }
  }
}
