package io.scimitar.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventDispatcherTest {

  @Test
  void deliversEveryEventInSequenceOrderAndResumesWhereItStopped() throws Exception {
    InMemoryEventLog log = new InMemoryEventLog();
    for (int i = 1; i <= 250; i++) {
      log.append(event("u" + (i % 7), i));
    }
    List<Long> seen = new CopyOnWriteArrayList<>();
    try (EventDispatcher dispatcher = fast(log).consumer("a", e -> seen.add(e.sequence())).build()) {
      dispatcher.start();
      awaitSize(seen, 250);
    }
    assertThat(seen).isSorted().doesNotHaveDuplicates().hasSize(250);

    log.append(event("u1", 251));
    List<Long> afterRestart = new CopyOnWriteArrayList<>();
    try (EventDispatcher dispatcher =
        fast(log).consumer("a", e -> afterRestart.add(e.sequence())).build()) {
      dispatcher.start();
      awaitSize(afterRestart, 1);
    }
    assertThat(afterRestart).containsExactly(251L);
  }

  @Test
  void aThrowingConsumerGetsTheSameEventAgainAndNothingLaterMeanwhile() throws Exception {
    InMemoryEventLog log = new InMemoryEventLog();
    log.append(event("u1", 1));
    log.append(event("u1", 2));
    AtomicInteger failures = new AtomicInteger();
    List<String> seen = new CopyOnWriteArrayList<>();
    try (EventDispatcher dispatcher = fast(log).consumer("flaky", e -> {
      if (e.version().equals("1") && failures.getAndIncrement() < 3) {
        throw new IllegalStateException("receiver down");
      }
      seen.add(e.version());
    }).build()) {
      dispatcher.start();
      awaitSize(seen, 2);
    }
    assertThat(failures.get()).isEqualTo(4);
    assertThat(seen).containsExactly("1", "2");
  }

  @Test
  void aConsumerLeasedByOneOwnerIsNotDeliveredByAnother() throws Exception {
    InMemoryEventLog log = new InMemoryEventLog();
    log.append(event("u1", 1));
    ConsumerLease held =
        log.acquire("shared", ConsumerStart.EARLIEST, "other", Duration.ofMinutes(1)).orElseThrow();
    List<Long> seen = new CopyOnWriteArrayList<>();
    try (EventDispatcher dispatcher =
        fast(log).consumer("shared", e -> seen.add(e.sequence())).build()) {
      dispatcher.start();
      TimeUnit.MILLISECONDS.sleep(300);
      assertThat(seen).isEmpty();
      log.release(held);
      awaitSize(seen, 1);
    }
    assertThat(seen).containsExactly(1L);
  }

  @Test
  void aNewLatestConsumerSkipsHistory() throws Exception {
    InMemoryEventLog log = new InMemoryEventLog();
    log.append(event("u1", 1));
    List<String> seen = new CopyOnWriteArrayList<>();
    try (EventDispatcher dispatcher = fast(log)
        .consumer("late", ConsumerStart.LATEST, e -> seen.add(e.version())).build()) {
      dispatcher.start();
      TimeUnit.MILLISECONDS.sleep(200);
      log.append(event("u1", 2));
      awaitSize(seen, 1);
    }
    assertThat(seen).containsExactly("2");
  }

  @Test
  void recentReadsOneTenantNewestFirstBeforeASequence() {
    InMemoryEventLog log = new InMemoryEventLog();
    for (int i = 1; i <= 5; i++) {
      log.append(event("u1", i));
      log.append(new ChangeEvent("x" + i, 0, "other", "User", "u9", "1", ChangeKind.CREATE,
          "key", "", "", Instant.now(), List.of(), List.of(), List.of()));
    }
    List<ChangeEvent> page = log.recent("t1", 7, 2);
    assertThat(page).extracting(ChangeEvent::version).containsExactly("3", "2");
    assertThat(log.purge(Instant.now().plusSeconds(1))).isEqualTo(10);
    assertThat(log.readAfter(0, 10)).isEmpty();
  }

  private static EventDispatcher.Builder fast(EventLog log) {
    return EventDispatcher.builder(log).pollInterval(Duration.ofMillis(20))
        .backoff(Duration.ofMillis(10), Duration.ofMillis(40));
  }

  private static ChangeEvent event(String id, int version) {
    return new ChangeEvent("e" + version, 0, "t1", "User", id, Integer.toString(version),
        ChangeKind.PATCH, "key-1", "okta", "", Instant.now(), List.of("displayName"), List.of(),
        List.of());
  }

  private static void awaitSize(List<?> list, int size) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (list.size() < size && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(10);
    }
    assertThat(list).hasSizeGreaterThanOrEqualTo(size);
  }
}
