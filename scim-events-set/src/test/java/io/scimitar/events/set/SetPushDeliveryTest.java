package io.scimitar.events.set;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import io.scimitar.core.event.ChangeEvent;
import io.scimitar.core.event.ChangeKind;
import io.scimitar.core.event.EventDispatcher;
import io.scimitar.core.event.InMemoryEventLog;
import io.scimitar.core.schema.SchemaRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SET push as a consumer of an event log, through the real dispatcher and a real receiver on a
 * socket: order, tenants, a receiver that is down, refuses, hangs or fails, and restarts.
 */
class SetPushDeliveryTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final SetSigningKey key = SetSigningKey.generate();
  private final InMemoryEventLog log = new InMemoryEventLog();
  private final List<AutoCloseable> closing = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    // Dispatchers before the receivers they push to.
    for (int i = closing.size() - 1; i >= 0; i--) {
      closing.get(i).close();
    }
  }

  @Test
  void theTenantsEventsArriveInOrderAndOtherTenantsStayOut() throws Exception {
    TestReceiver receiver = receiver();
    SetPush push = start(SetReceiver.of("crm", "acme", receiver.endpoint()));
    List<ChangeEvent> acme = new ArrayList<>();
    for (int version = 1; version <= 20; version++) {
      acme.add(log.append(Events.of("acme", "Group", "g1", version, ChangeKind.PATCH, "members")));
      log.append(Events.of("other", "Group", "g2", version, ChangeKind.PATCH, "members"));
    }

    awaitAccepted(receiver, 20);

    assertThat(transactions(receiver.accepted())).containsExactlyElementsOf(ids(acme));
    assertThat(receiver.problems()).isEmpty();
    assertThat(push.counts("crm").acceptedCount()).isEqualTo(20);
  }

  @Test
  void aReceiverThatWasDownGetsEverythingAfterwardsInOrderPerResource() throws Exception {
    TestReceiver receiver = receiver();
    SetPush push = start(SetReceiver.of("crm", "acme", receiver.endpoint()));
    receiver.stop();
    List<ChangeEvent> appended = new ArrayList<>();
    for (int version = 1; version <= 10; version++) {
      for (String user : List.of("u1", "u2", "u3")) {
        appended.add(log.append(Events.of("acme", "User", user, version, ChangeKind.PATCH,
            "name.givenName")));
      }
    }
    await(() -> push.counts("crm").failedCount() >= 3, "failed pushes while down");

    receiver.start();
    awaitAccepted(receiver, 30);

    assertThat(transactions(receiver.accepted())).containsExactlyElementsOf(ids(appended));
  }

  @Test
  void aRefusedSetIsSkippedAndTheNextDelivered() throws Exception {
    TestReceiver receiver = receiver();
    SetPush push = start(SetReceiver.of("crm", "acme", receiver.endpoint()));
    receiver.mode(TestReceiver.Mode.REFUSE);
    log.append(Events.of("acme", "User", "u1", 1, ChangeKind.CREATE, "userName"));
    await(() -> push.counts("crm").refusedCount() == 1, "the refusal");

    receiver.mode(TestReceiver.Mode.ACCEPT);
    ChangeEvent next = log.append(Events.of("acme", "User", "u1", 2, ChangeKind.DEACTIVATE,
        "active"));

    awaitAccepted(receiver, 1);
    assertThat(transactions(receiver.accepted())).containsExactly(next.eventId());
    assertThat(receiver.accepted().get(0).getJSONObjectClaim("events"))
        .containsKey("urn:ietf:params:scim:event:prov:deactivate");
  }

  @Test
  void aHangingOrFailingReceiverDelaysNoOtherReceiver() throws Exception {
    TestReceiver hanging = receiver();
    hanging.mode(TestReceiver.Mode.HANG);
    TestReceiver failing = receiver();
    failing.mode(TestReceiver.Mode.FAIL);
    TestReceiver healthy = receiver();
    start(SetReceiver.of("hanging", "acme", hanging.endpoint()),
        SetReceiver.of("failing", "acme", failing.endpoint()),
        SetReceiver.of("healthy", "acme", healthy.endpoint()));

    for (int version = 1; version <= 5; version++) {
      log.append(Events.of("acme", "User", "u1", version, ChangeKind.PATCH, "title"));
    }

    awaitAccepted(healthy, 5);
    assertThat(hanging.accepted()).isEmpty();
    assertThat(failing.accepted()).isEmpty();
  }

  @Test
  void aRestartedDispatcherResumesAfterTheLastAcceptedSet() throws Exception {
    TestReceiver receiver = receiver();
    SetReceiver crm = SetReceiver.of("crm", "acme", receiver.endpoint());
    EventDispatcher first = dispatcher(push(crm));
    first.start();
    ChangeEvent before = log.append(Events.of("acme", "User", "u1", 1, ChangeKind.CREATE, "id"));
    awaitAccepted(receiver, 1);
    first.close();

    ChangeEvent whileStopped =
        log.append(Events.of("acme", "User", "u1", 2, ChangeKind.REPLACE, "title"));
    EventDispatcher second = dispatcher(push(crm));
    closing.add(second);
    second.start();

    awaitAccepted(receiver, 2);
    assertThat(transactions(receiver.accepted()))
        .containsExactly(before.eventId(), whileStopped.eventId());
  }

  private TestReceiver receiver() throws IOException {
    TestReceiver receiver = new TestReceiver(new JWKSet(key.publicKey()));
    closing.add(receiver);
    return receiver;
  }

  private SetPush start(SetReceiver... receivers) {
    SetPush push = push(receivers);
    EventDispatcher dispatcher = dispatcher(push);
    closing.add(dispatcher);
    dispatcher.start();
    return push;
  }

  private SetPush push(SetReceiver... receivers) {
    SetPush.Builder builder = SetPush.builder("https://idc.example/scim/v2", key,
        SchemaRegistry.defaults()).timeout(Duration.ofSeconds(1));
    for (SetReceiver receiver : receivers) {
      builder.receiver(receiver);
    }
    return builder.build();
  }

  private EventDispatcher dispatcher(SetPush push) {
    return push.register(EventDispatcher.builder(log))
        .pollInterval(Duration.ofMillis(50))
        .backoff(Duration.ofMillis(50), Duration.ofMillis(200))
        .shutdownTimeout(Duration.ofSeconds(3))
        .build();
  }

  private static void awaitAccepted(TestReceiver receiver, int count) throws InterruptedException {
    await(() -> distinct(receiver.accepted()).size() >= count, count + " accepted SETs");
  }

  private static void await(Supplier<Boolean> condition, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.get()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(20);
    }
  }

  /** The SETs without redeliveries (same {@code jti}), as a receiver deduplicates them. */
  private static List<JWTClaimsSet> distinct(List<JWTClaimsSet> sets) {
    Map<String, JWTClaimsSet> byJti = new LinkedHashMap<>();
    sets.forEach(set -> byJti.putIfAbsent(set.getJWTID(), set));
    return List.copyOf(byJti.values());
  }

  private static List<String> transactions(List<JWTClaimsSet> sets) {
    return distinct(sets).stream().map(set -> (String) set.getClaim("txn")).toList();
  }

  private static List<String> ids(List<ChangeEvent> events) {
    return new ArrayList<>(new LinkedHashSet<>(events.stream().map(ChangeEvent::eventId).toList()));
  }
}
