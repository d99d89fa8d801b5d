package io.scimitar.store.tck;

import static io.scimitar.store.tck.TckResources.group;
import static io.scimitar.store.tck.TckResources.idOf;
import static io.scimitar.store.tck.TckResources.nextVersion;
import static io.scimitar.store.tck.TckResources.user;
import static io.scimitar.store.tck.TckResources.versionOf;
import static io.scimitar.store.tck.TckResources.withText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.event.ChangeEvent;
import io.scimitar.core.event.ChangeKind;
import io.scimitar.core.event.ConsumerLease;
import io.scimitar.core.event.ConsumerStart;
import io.scimitar.core.event.EventLog;
import io.scimitar.core.patch.MemberRef;
import io.scimitar.core.patch.MembershipChange;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The outbox contract of a storage with an {@link EventLog} (see
 * {@link io.scimitar.core.spi.Storage#eventLog()}): a write given an event records exactly that
 * event with it, a failed write records nothing, member-level changes record the members really
 * added and removed, sequences grow in commit order, and consumers are leased to one owner at a
 * time with positions that never move back. Suites of a storage without an event log are
 * skipped.
 *
 * <p>Several suites may share one event log (one database), so every check reads only this test
 * instance's tenants and consumer names.
 */
public abstract class EventLogTck extends StoreTck {
  private static final Duration LEASE = Duration.ofMinutes(1);

  /** The storage's event log; the suite is skipped when it has none. */
  protected final EventLog log() {
    assumeTrue(storage().eventLog().isPresent(), "storage keeps no event log");
    return storage().eventLog().orElseThrow();
  }

  /** An event describing a write, as the service makes it. */
  protected static ChangeEvent event(RequestContext context, ScimResource resource,
      ChangeKind kind, List<String> added, List<String> removed) {
    return new ChangeEvent(UUID.randomUUID().toString(), 0, context.tenantId(),
        resource.resourceType(), resource.id().orElseThrow(), versionOf(resource), kind,
        context.principal(), context.userAgent(), context.provisioningDomain(),
        resource.meta().orElseThrow().lastModified(), List.of("displayName"), added, removed);
  }

  /** A tenant's events, oldest first. */
  protected final List<ChangeEvent> eventsOf(RequestContext context) {
    List<ChangeEvent> events = new ArrayList<>(log().recent(context.tenantId(), Long.MAX_VALUE,
        100_000));
    Collections.reverse(events);
    return events;
  }

  @Test
  void eachWriteRecordsItsEventWithItsSequence() {
    EventLog log = log();
    ScimResource created = user(idOf("ann"), "ann");
    ChangeEvent createEvent = event(tenantA, created, ChangeKind.CREATE, List.of(), List.of());
    users().create(tenantA, created, createEvent);
    ScimResource changed = withText(created, "title", "boss");
    ChangeEvent patchEvent = event(tenantA, changed, ChangeKind.PATCH, List.of(), List.of());
    users().update(tenantA, ResourceUpdate.replace(changed, "1"), patchEvent);
    ChangeEvent deleteEvent = event(tenantA, changed, ChangeKind.DELETE, List.of(), List.of())
        .withVersion("");
    users().delete(tenantA, created.id().orElseThrow(), null, deleteEvent);

    List<ChangeEvent> events = eventsOf(tenantA);
    assertThat(events).extracting(ChangeEvent::eventId).containsExactly(
        createEvent.eventId(), patchEvent.eventId(), deleteEvent.eventId());
    assertThat(events).extracting(ChangeEvent::sequence).isSorted().doesNotHaveDuplicates()
        .allSatisfy(sequence -> assertThat(sequence).isPositive());
    assertThat(events).extracting(ChangeEvent::version).containsExactly("1", "2", "2");
    assertThat(events.get(0)).isEqualTo(createEvent.withSequence(events.get(0).sequence()));
    assertThat(eventsOf(tenantB)).isEmpty();
    assertThat(log.readAfter(events.get(0).sequence() - 1, 100_000))
        .filteredOn(event -> event.tenantId().equals(tenantA.tenantId()))
        .containsExactlyElementsOf(events);
  }

  @Test
  void aFailedWriteRecordsNothing() {
    log();
    ScimResource ann = user(idOf("ann"), "ann");
    users().create(tenantA, ann, event(tenantA, ann, ChangeKind.CREATE, List.of(), List.of()));
    ScimResource again = user(idOf("other"), "ANN");
    assertScimError(() -> users().create(tenantA, again,
        event(tenantA, again, ChangeKind.CREATE, List.of(), List.of())), 409,
        ScimType.UNIQUENESS);
    ScimResource stale = withText(nextVersion(ann), "title", "x");
    assertScimError(() -> users().update(tenantA, ResourceUpdate.replace(stale, "2"),
        event(tenantA, stale, ChangeKind.PATCH, List.of(), List.of())), 412, null);
    ScimResource missing = user(idOf("missing"), "missing");
    assertScimError(() -> users().delete(tenantA, idOf("missing"), null,
        event(tenantA, missing, ChangeKind.DELETE, List.of(), List.of())), 404, null);
    assertThat(eventsOf(tenantA)).extracting(ChangeEvent::kind)
        .containsExactly(ChangeKind.CREATE);
  }

  @Test
  void memberChangesRecordTheMembersReallyAddedAndRemoved() {
    log();
    for (String name : List.of("ann", "ben", "cat")) {
      users().create(tenantA, user(idOf(name), name));
    }
    ScimResource staff = group(idOf("staff"), "staff", idOf("ann"));
    groups().create(tenantA, staff);
    ScimResource v2 = memberChange(staff, List.of(
        new MembershipChange.Add(List.of(MemberRef.of(idOf("ann")), MemberRef.of(idOf("ben")))),
        new MembershipChange.Remove(Set.of(idOf("nobody")))));
    ScimResource v3 = memberChange(v2, List.of(new MembershipChange.ReplaceAll(
        List.of(MemberRef.of(idOf("ben")), MemberRef.of(idOf("cat"))))));
    memberChange(v3, List.of(new MembershipChange.RemoveAll()));

    List<ChangeEvent> events = eventsOf(tenantA);
    assertThat(events).hasSize(3);
    assertThat(events.get(0).membersAdded()).containsExactly(idOf("ben"));
    assertThat(events.get(0).membersRemoved()).isEmpty();
    assertThat(events.get(1).membersAdded()).containsExactly(idOf("cat"));
    assertThat(events.get(1).membersRemoved()).containsExactly(idOf("ann"));
    assertThat(events.get(2).membersAdded()).isEmpty();
    assertThat(events.get(2).membersRemoved())
        .containsExactlyInAnyOrder(idOf("ben"), idOf("cat"));
  }

  /** A member-level update of a group as the service sends it, with requested members. */
  private ScimResource memberChange(ScimResource current, List<MembershipChange> changes) {
    ScimResource next = TckResources.membersDropped(nextVersion(current));
    List<String> asked = new ArrayList<>();
    for (MembershipChange change : changes) {
      if (change instanceof MembershipChange.Add add) {
        add.members().forEach(ref -> asked.add(ref.value()));
      }
    }
    groups().update(tenantA, new ResourceUpdate(next, versionOf(current), false, changes),
        event(tenantA, next, ChangeKind.PATCH, asked, List.of()));
    return next;
  }

  @Test
  void concurrentWritesToOneResourceAreRecordedInVersionOrder() throws Exception {
    log();
    int writers = 20;
    List<String> memberIds = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      memberIds.add(idOf("racer" + i));
      users().create(tenantA, user(memberIds.get(i), "racer" + i));
    }
    groups().create(tenantA, group(idOf("crowd"), "crowd"));
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CyclicBarrier start = new CyclicBarrier(writers);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (String memberId : memberIds) {
        futures.add(pool.submit(() -> {
          start.await(60, TimeUnit.SECONDS);
          addWithRetry(idOf("crowd"), memberId);
          return null;
        }));
      }
      for (Future<?> future : futures) {
        future.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    List<ChangeEvent> events = eventsOf(tenantA);
    assertThat(events).hasSize(writers);
    assertThat(events).extracting(event -> Integer.parseInt(event.version()))
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(2, writers + 1)
            .boxed().toList());
    assertThat(events).flatExtracting(ChangeEvent::membersAdded)
        .containsExactlyInAnyOrderElementsOf(memberIds);
  }

  private void addWithRetry(String groupId, String memberId) {
    for (int attempt = 0; attempt < 10_000; attempt++) {
      ScimResource current = groups().get(tenantA, groupId, false).orElseThrow();
      ScimResource next = nextVersion(current);
      try {
        groups().update(tenantA, new ResourceUpdate(next, versionOf(current), false,
            List.of(new MembershipChange.Add(List.of(MemberRef.of(memberId))))),
            event(tenantA, next, ChangeKind.PATCH, List.of(memberId), List.of()));
        return;
      } catch (ScimException e) {
        if (e.status() != 412) {
          throw e;
        }
      }
    }
    throw new AssertionError("no write won in 10,000 attempts");
  }

  @Test
  void aConsumerIsLeasedToOneOwnerAndItsPositionNeverMovesBack() {
    EventLog log = log();
    String consumer = "tck-" + UUID.randomUUID();
    ConsumerLease first =
        log.acquire(consumer, ConsumerStart.EARLIEST, "owner-1", LEASE).orElseThrow();
    assertThat(first.position()).isZero();
    assertThat(log.acquire(consumer, ConsumerStart.EARLIEST, "owner-2", LEASE)).isEmpty();

    ConsumerLease advanced = log.advance(first, 7, LEASE).orElseThrow();
    assertThat(advanced.position()).isEqualTo(7);
    assertThat(log.advance(advanced, 3, LEASE).orElseThrow().position()).isEqualTo(7);
    assertThat(log.acquire(consumer, ConsumerStart.EARLIEST, "owner-1", LEASE).orElseThrow()
        .position()).isEqualTo(7);

    log.release(advanced);
    ConsumerLease second =
        log.acquire(consumer, ConsumerStart.EARLIEST, "owner-2", LEASE).orElseThrow();
    assertThat(second.position()).isEqualTo(7);
    assertThat(log.advance(advanced, 9, LEASE)).as("the released lease is lost").isEmpty();
    assertThat(log.acquire(consumer, ConsumerStart.EARLIEST, "owner-2", LEASE).orElseThrow()
        .position()).isEqualTo(7);
  }

  @Test
  void anExpiredLeaseIsTakenOverAndItsFormerOwnerCannotConfirm() throws Exception {
    EventLog log = log();
    String consumer = "tck-" + UUID.randomUUID();
    ConsumerLease stalled = log.acquire(consumer, ConsumerStart.EARLIEST, "stalled",
        Duration.ofMillis(200)).orElseThrow();
    assertThat(log.advance(stalled, 5, Duration.ofMillis(200))).isPresent();
    TimeUnit.MILLISECONDS.sleep(400);
    ConsumerLease taken =
        log.acquire(consumer, ConsumerStart.EARLIEST, "rescuer", LEASE).orElseThrow();
    assertThat(taken.position()).isEqualTo(5);
    assertThat(log.advance(stalled, 6, LEASE)).isEmpty();
  }

  @Test
  void aLatestConsumerStartsAfterEveryCommittedEvent() {
    EventLog log = log();
    ScimResource ann = user(idOf("ann"), "ann");
    users().create(tenantA, ann, event(tenantA, ann, ChangeKind.CREATE, List.of(), List.of()));
    long committed = eventsOf(tenantA).get(0).sequence();
    ConsumerLease lease = log.acquire("tck-" + UUID.randomUUID(), ConsumerStart.LATEST,
        "owner", LEASE).orElseThrow();
    assertThat(lease.position()).isGreaterThanOrEqualTo(committed);
  }

  @Test
  void purgeRemovesOnlyEventsOlderThanTheCutoff() {
    EventLog log = log();
    Instant now = Instant.now();
    ScimResource old = TckResources.prepared("User", idOf("old"), TckResources.userTree("old"),
        "1", now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(30)));
    users().create(tenantA, old, event(tenantA, old, ChangeKind.CREATE, List.of(), List.of()));
    ScimResource fresh = TckResources.prepared("User", idOf("fresh"),
        TckResources.userTree("fresh"), "1", now, now);
    users().create(tenantA, fresh,
        event(tenantA, fresh, ChangeKind.CREATE, List.of(), List.of()));
    assertThat(eventsOf(tenantA)).hasSize(2);

    assertThat(log.purge(now.minus(Duration.ofDays(7)))).isGreaterThanOrEqualTo(1);
    assertThat(eventsOf(tenantA)).extracting(ChangeEvent::resourceId)
        .containsExactly(idOf("fresh"));
  }
}
