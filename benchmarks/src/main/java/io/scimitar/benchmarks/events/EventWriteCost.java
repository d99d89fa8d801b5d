package io.scimitar.benchmarks.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.scimitar.core.event.EventDispatcher;
import io.scimitar.core.json.ScimJson;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.service.AttributeSelection;
import io.scimitar.core.service.ScimCall;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.service.ServiceConfig;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.store.jdbc.Dialect;
import io.scimitar.store.jdbc.JdbcSchema;
import io.scimitar.store.jdbc.JdbcStorage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What change events cost on the write path: POST (create) and PATCH (one attribute) through
 * {@link ScimService} on the JDBC store, with events off and on, alternating in one run over one
 * database. With events on, each write also inserts its outbox row, and a dispatcher with one
 * consumer numbers and delivers the events meanwhile, as a host would run it.
 *
 * <p>Arguments: {@code jdbc=<url> user=<name> threads=4 seconds=10 rounds=3}.
 */
public final class EventWriteCost {
  private static final ScimJson JSON = ScimJson.withDefaults();

  private EventWriteCost() {}

  /** Runs the benchmark and prints one line per phase and the median ratios. */
  public static void main(String[] args) throws Exception {
    String url = arg(args, "jdbc", null);
    int threads = Integer.parseInt(arg(args, "threads", "4"));
    Duration phase = Duration.ofSeconds(Long.parseLong(arg(args, "seconds", "10")));
    int rounds = Integer.parseInt(arg(args, "rounds", "3"));
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(arg(args, "user", "postgres"));
    config.setMaximumPoolSize(threads + 2);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      JdbcSchema.migrate(pool, Dialect.POSTGRESQL);
      SchemaRegistry registry = SchemaRegistry.defaults();
      JdbcStorage storage = new JdbcStorage(pool, Dialect.POSTGRESQL, registry);
      ScimService off = new ScimService(registry, storage,
          ServiceConfig.builder().changeEvents(false).build());
      ScimService on = new ScimService(registry, storage, ServiceConfig.defaults());
      AtomicLong delivered = new AtomicLong();
      List<double[]> ratios = new ArrayList<>();
      // A warm-up round of each, not reported.
      measure(off, threads, Duration.ofSeconds(5), "warm-off");
      try (EventDispatcher dispatcher = EventDispatcher.builder(on.eventLog())
          .consumer("bench-" + System.nanoTime(), event -> delivered.incrementAndGet())
          .build()) {
        dispatcher.start();
        measure(on, threads, Duration.ofSeconds(5), "warm-on");
        for (int round = 1; round <= rounds; round++) {
          double[] without = measure(off, threads, phase, "r" + round + "off");
          double[] with = measure(on, threads, phase, "r" + round + "on");
          System.out.printf("round %d  events off: POST %.0f/s PATCH %.0f/s   events on:"
              + " POST %.0f/s PATCH %.0f/s%n", round, without[0], without[1], with[0], with[1]);
          ratios.add(new double[] {with[0] / without[0], with[1] / without[1]});
        }
      }
      System.out.printf("events delivered to the consumer during the run: %d%n", delivered.get());
      System.out.printf("median on/off: POST %.3f  PATCH %.3f  (threads=%d, %ds per phase,"
          + " %d rounds)%n", median(ratios, 0), median(ratios, 1), threads, phase.toSeconds(),
          rounds);
    }
  }

  /** Creates users for {@code phase}, then patches them for {@code phase}: ops per second. */
  private static double[] measure(ScimService service, int threads, Duration phase,
      String label) throws InterruptedException {
    List<List<String>> ids = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      ids.add(new ArrayList<>());
    }
    double posts = run(threads, phase, (thread, n) -> ids.get(thread).add(service.create(
        call(thread), "User", JSON.readObject("{\"schemas\":"
            + "[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"" + label + "-"
            + thread + "-" + n + "@example.com\",\"name\":{\"givenName\":\"Bench\","
            + "\"familyName\":\"User\"},\"emails\":[{\"value\":\"" + label + thread + n
            + "@example.com\",\"type\":\"work\",\"primary\":true}],\"active\":true}"),
        AttributeSelection.DEFAULT).body().path("id").asText()));
    double patches = run(threads, phase, (thread, n) -> {
      List<String> mine = ids.get(thread);
      ObjectNode body = JSON.readObject("{\"schemas\":"
          + "[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":"
          + "\"replace\",\"path\":\"title\",\"value\":\"title " + n + "\"}]}");
      service.patch(call(thread), "User", mine.get((int) (n % mine.size())), body, null,
          AttributeSelection.DEFAULT);
    });
    return new double[] {posts, patches};
  }

  private static ScimCall call(int thread) {
    return new ScimCall(new RequestContext("bench", "key-" + thread, "bench"), "https://h/scim");
  }

  /** One write of a thread. */
  private interface Write {
    void run(int thread, long n);
  }

  private static double run(int threads, Duration phase, Write write)
      throws InterruptedException {
    AtomicLong done = new AtomicLong();
    CountDownLatch finished = new CountDownLatch(threads);
    java.util.concurrent.atomic.AtomicReference<RuntimeException> failure =
        new java.util.concurrent.atomic.AtomicReference<>();
    long end = System.nanoTime() + phase.toNanos();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      new Thread(() -> {
        try {
          for (long n = 0; System.nanoTime() < end; n++) {
            write.run(thread, n);
            done.incrementAndGet();
          }
        } catch (RuntimeException e) {
          failure.compareAndSet(null, e);
        } finally {
          finished.countDown();
        }
      }).start();
    }
    finished.await();
    if (failure.get() != null) {
      throw failure.get();
    }
    return done.get() / ((System.nanoTime() - start) / 1e9);
  }

  private static double median(List<double[]> ratios, int column) {
    double[] values = ratios.stream().mapToDouble(r -> r[column]).sorted().toArray();
    return values.length % 2 == 1 ? values[values.length / 2]
        : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
  }

  private static String arg(String[] args, String name, String fallback) {
    return Arrays.stream(args).filter(a -> a.startsWith(name + "=")).findFirst()
        .map(a -> a.substring(name.length() + 1)).orElseGet(() -> {
          if (fallback == null) {
            throw new IllegalArgumentException("missing " + name + "=...");
          }
          return fallback;
        });
  }
}
