package io.scimitar.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimitar.core.event.ChangeEvent;
import io.scimitar.core.event.EventDispatcher;
import io.scimitar.core.json.ScimJson;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.service.AttributeSelection;
import io.scimitar.core.service.ScimCall;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.service.ServiceConfig;
import io.scimitar.core.spi.RequestContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Three application instances (each a storage over its own connection pool, a service and a
 * dispatcher) share one database and write concurrently; their dispatchers run the same named
 * consumer. Each event must be delivered once in total, in sequence order, and when the
 * instance delivering stops, another one takes over without losing or repeating events.
 */
abstract class EventReplicasContract {
  private static final ScimJson JSON = ScimJson.withDefaults();
  private static final int REPLICAS = 3;
  private static final int USERS_PER_REPLICA = 15;

  /** The database all instances share. */
  abstract TestDatabase database();

  /** What one dispatcher received. */
  private record Delivery(int replica, ChangeEvent event) {}

  @Test
  void eachEventIsDeliveredOnceAcrossReplicasAndSurvivesTheDeliveringOneStopping()
      throws Exception {
    SchemaRegistry registry = SchemaRegistry.defaults();
    String tenant = "replicas-" + UUID.randomUUID();
    String consumer = "audit-" + UUID.randomUUID();
    List<DataSource> pools = new ArrayList<>(database().pools(REPLICAS));
    List<ScimService> services = new ArrayList<>();
    List<EventDispatcher> dispatchers = new ArrayList<>();
    List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    for (int i = 0; i < REPLICAS; i++) {
      ScimService service = new ScimService(registry,
          new JdbcStorage(pools.get(i), database().dialect(), registry), ServiceConfig.defaults());
      services.add(service);
      int replica = i;
      EventDispatcher dispatcher = EventDispatcher.builder(service.eventLog())
          .owner("replica-" + i).pollInterval(Duration.ofMillis(50))
          .leaseDuration(Duration.ofSeconds(10))
          .consumer(consumer, event -> {
            if (event.tenantId().equals(tenant)) {
              deliveries.add(new Delivery(replica, event));
            }
          }).build();
      dispatchers.add(dispatcher);
      dispatcher.start();
    }
    try {
      writeConcurrently(services, tenant, "first");
      int expected = REPLICAS * USERS_PER_REPLICA * 2;
      awaitDeliveries(deliveries, expected);
      assertDeliveredOnceInOrder(deliveries, expected);
      assertThat(deliveries).extracting(Delivery::replica).as("one lease holder delivers")
          .containsOnly(deliveries.get(0).replica());

      int holder = deliveries.get(0).replica();
      dispatchers.get(holder).close();
      writeConcurrently(services, tenant, "second");
      awaitDeliveries(deliveries, expected * 2);
      assertDeliveredOnceInOrder(deliveries, expected * 2);
      assertThat(deliveries.subList(expected, deliveries.size())).extracting(Delivery::replica)
          .as("another replica took over").doesNotContain(holder);
    } finally {
      dispatchers.forEach(EventDispatcher::close);
    }
  }

  /** Every replica creates users and patches each once, all at the same time. */
  private static void writeConcurrently(List<ScimService> services, String tenant, String round)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(services.size());
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int i = 0; i < services.size(); i++) {
        ScimService service = services.get(i);
        ScimCall call = new ScimCall(RequestContext.of(tenant, "key-" + i), "https://h/scim/v2");
        String prefix = round + "-" + i + "-";
        writers.add(pool.submit(() -> {
          for (int n = 0; n < USERS_PER_REPLICA; n++) {
            String id = service.create(call, "User", JSON.readObject(
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                    + "\"userName\":\"" + prefix + n + "\"}"), AttributeSelection.DEFAULT)
                .body().path("id").asText();
            service.patch(call, "User", id, JSON.readObject(
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                    + "\"Operations\":[{\"op\":\"replace\",\"path\":\"title\","
                    + "\"value\":\"t\"}]}"), null, AttributeSelection.DEFAULT);
          }
          return null;
        }));
      }
      for (Future<?> writer : writers) {
        writer.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void awaitDeliveries(List<Delivery> deliveries, int count)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (deliveries.size() < count && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(20);
    }
    // A little longer, so that a duplicate delivery would have time to show.
    TimeUnit.MILLISECONDS.sleep(300);
  }

  private static void assertDeliveredOnceInOrder(List<Delivery> deliveries, int count) {
    List<ChangeEvent> events = deliveries.stream().map(Delivery::event).toList();
    assertThat(events).hasSize(count);
    assertThat(events).extracting(ChangeEvent::eventId).doesNotHaveDuplicates();
    assertThat(events).extracting(ChangeEvent::sequence).isSorted();
  }
}
