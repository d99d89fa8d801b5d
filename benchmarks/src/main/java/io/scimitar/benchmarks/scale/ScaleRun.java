package io.scimitar.benchmarks.scale;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.service.ScimCall;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.service.ServiceConfig;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.Storage;
import io.scimitar.store.jdbc.Dialect;
import io.scimitar.store.jdbc.JdbcSchema;
import io.scimitar.store.jdbc.JdbcStorage;
import io.scimitar.store.memory.MemoryStorage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scale run of one store: loads users in stages (e.g. 100,000 then up to 1,000,000) and groups
 * through the storage SPI, and after each stage times lookups, pages and member changes at the
 * store and through the service; for PostgreSQL it also writes the query plans of the statements
 * the store issues for each operation. Arguments are {@code key=value}:
 *
 * <ul>
 *   <li>{@code store}: {@code memory} or {@code postgresql}
 *   <li>{@code sizes}: user counts after each stage, ascending (default 100000,1000000); the
 *       first at least 100,000, the users the timed groups are made of
 *   <li>{@code threads}: loading threads (default 3)
 *   <li>{@code jdbc}: the PostgreSQL URL (user {@code postgres}); its schema is created here
 *   <li>{@code out}: folder for the report ({@code report.md}) and, for PostgreSQL, the plans
 *   <li>{@code reps}, {@code budget}: most timed repetitions and seconds per operation
 *   <li>{@code from}: users below it and the groups are already loaded (an earlier run was
 *       stopped after its first stage); loading resumes there and skips users that exist
 *   <li>{@code plans-only}: {@code true} to only write the plans, over data an earlier run of
 *       the same size loaded
 * </ul>
 */
public final class ScaleRun {
  private static final RequestContext CONTEXT = RequestContext.of("scale", "scale-run");

  private final Map<String, String> options;
  private final SchemaRegistry registry = SchemaRegistry.defaults();
  private final Report report;
  private final Sampler sampler;
  private final Sampler slowSampler;

  private ScaleRun(Map<String, String> options) {
    this.options = options;
    this.report = new Report(option("store", "memory"));
    int reps = Integer.parseInt(option("reps", "2000"));
    Duration budget = Duration.ofSeconds(Long.parseLong(option("budget", "20")));
    this.sampler = new Sampler(20, reps / 4, reps, budget);
    this.slowSampler = new Sampler(5, 1, 200, budget);
  }

  /** Runs the scale run the arguments describe. */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (equals < 1) {
        throw new IllegalArgumentException("arguments are key=value, not " + arg);
      }
      options.put(arg.substring(0, equals), arg.substring(equals + 1));
    }
    new ScaleRun(options).run();
  }

  private boolean inMemory() {
    return option("store", "memory").equals("memory");
  }

  private String option(String key, String fallback) {
    return options.getOrDefault(key, fallback);
  }

  private void run() throws Exception {
    Path out = Path.of(option("out", "scale-results"));
    Files.createDirectories(out);
    int[] sizes = Arrays.stream(option("sizes", "100000,1000000").split(","))
        .mapToInt(Integer::parseInt).toArray();
    if (sizes[0] < Directory.FIRST_STAGE_USERS) {
      // The timed groups and the member they gain and lose are users of the first stage.
      throw new IllegalArgumentException(
          "the first size must be at least " + Directory.FIRST_STAGE_USERS);
    }
    if (inMemory()) {
      runMemory(sizes);
    } else {
      runPostgres(sizes, out);
    }
    Files.writeString(out.resolve("report.md"), report.text(), StandardCharsets.UTF_8);
    System.out.println(report.text());
  }

  private void runMemory(int[] sizes) throws Exception {
    long baseline = HeapMeter.liveBytes();
    Storage storage = new MemoryStorage(registry);
    long usersBytes = 0;
    int loaded = 0;
    for (int size : sizes) {
      long before = HeapMeter.liveBytes();
      loadUsers(storage, loaded, size);
      usersBytes += HeapMeter.liveBytes() - before;
      report.note(String.format(Locale.ROOT,
          "live heap for %,d users: %,d bytes, %,d bytes per user (baseline before loading %,d)",
          size, usersBytes, usersBytes / size, baseline));
      if (loaded == 0) {
        loadGroups(storage);
      }
      loaded = size;
      measure(storage, size);
    }
  }

  private void runPostgres(int[] sizes, Path out) throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(option("jdbc", "jdbc:postgresql://127.0.0.1:5432/scimitar_scale"));
    config.setUsername("postgres");
    config.setMaximumPoolSize(Integer.parseInt(option("threads", "3")) + 2);
    try (HikariDataSource dataSource = new HikariDataSource(config)) {
      JdbcSchema.migrate(dataSource, Dialect.POSTGRESQL);
      Storage storage = new JdbcStorage(dataSource, Dialect.POSTGRESQL, registry);
      SqlRecorder recorder = new SqlRecorder();
      Storage recorded =
          new JdbcStorage(recorder.wrap(dataSource), Dialect.POSTGRESQL, registry);
      boolean plansOnly = Boolean.parseBoolean(option("plans-only", "false"));
      int loaded = Integer.parseInt(option("from", "0"));
      for (int size : sizes) {
        if (!plansOnly) {
          loadUsers(storage, loaded, size);
          if (loaded == 0) {
            loadGroups(storage);
          }
          loaded = size;
          analyze(dataSource);
          measure(storage, size);
        }
        PlanWriter plans = new PlanWriter(dataSource);
        new PlanCapture(new StoreOperations(recorded, registry, CONTEXT), recorder, plans)
            .capture(size);
        Path file = out.resolve("postgresql-" + size + "-users.txt");
        Files.writeString(file, "# Plans of the statements the JDBC store issues, " + size
            + " users\n" + plans.text(), StandardCharsets.UTF_8);
        report.note("plans: " + file);
      }
    }
  }

  /** Fresh planner statistics after a load, as autovacuum would gather them in time. */
  private static void analyze(javax.sql.DataSource dataSource) throws Exception {
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      statement.execute("ANALYZE");
    }
  }

  private void loadUsers(Storage storage, int from, int to) throws Exception {
    Loader loader = new Loader(CONTEXT, Integer.parseInt(option("threads", "3")));
    String load = Report.loadAverage();
    AtomicInteger skipped = new AtomicInteger();
    long millis = loader.load(
        storage.store("User").orElseThrow(), from, to, Directory::user, skipped);
    int created = to - from - skipped.get();
    report.note(String.format(Locale.ROOT,
        "loaded users %,d to %,d (%,d created, %,d existed) in %,d ms (%,.0f users/s;"
            + " load average before %s, after %s)", from, to, created, skipped.get(), millis,
        created * 1000.0 / Math.max(1, millis), load, Report.loadAverage()));
  }

  private void loadGroups(Storage storage) throws Exception {
    Loader loader = new Loader(CONTEXT, Integer.parseInt(option("threads", "3")));
    int count = Directory.SMALL_GROUPS + Directory.TIMED_GROUP_SIZES.length;
    AtomicInteger skipped = new AtomicInteger();
    long millis = loader.load(
        storage.store("Group").orElseThrow(), 0, count, Directory::group, skipped);
    report.note(String.format(Locale.ROOT,
        "loaded %,d groups of %d members and groups of %s members in %,d ms",
        Directory.SMALL_GROUPS, Directory.SMALL_GROUP_SIZE,
        Arrays.toString(Directory.TIMED_GROUP_SIZES), millis));
  }

  private void measure(Storage storage, int size) throws Exception {
    report.note("measuring at " + String.format(Locale.ROOT, "%,d", size) + " users, load average "
        + Report.loadAverage());
    StoreOperations store = new StoreOperations(storage, registry, CONTEXT);
    List<Timing> timings = new ArrayList<>();
    timings.add(sampler.time("store: get user by id", size, store.getUser(size)));
    timings.add(sampler.time("store: userName eq", size, store.lookup(size, store::userNameEq)));
    timings.add(sampler.time("store: externalId eq", size,
        store.lookup(size, store::externalIdEq)));
    // The memory store has no index on emails: a scan, timed with fewer repetitions.
    timings.add((inMemory() ? slowSampler : sampler).time("store: emails[value eq]", size,
        store.lookup(size, store::emailEq)));
    timings.add(slowSampler.time("store: active eq true, page of 100 (index, totalResults)", size,
        store.activePage(size)));
    timings.add(sampler.time("store: cursor page of 100, second half of the set", size,
        store.deepCursorPage()));
    int big = Directory.timedGroup(100_000);
    timings.add(sampler.time("store: read group of 100,000 without members", size,
        store.getGroup(big, false, 0)));
    timings.add(slowSampler.time("store: read group of 100,000 with members", size,
        store.getGroup(big, true, 100_000)));
    for (int members : Directory.TIMED_GROUP_SIZES) {
      StoreOperations.MemberChanges changes = store.memberChanges(Directory.timedGroup(members));
      String group = String.format(Locale.ROOT, "group of %,d", members);
      timings.addAll(sampler.timeInTurns("store: add 1 member to " + group, changes.add(),
          "store: remove 1 member from " + group, changes.remove(), size));
    }
    ScimService service = new ScimService(registry, storage, ServiceConfig.defaults());
    ServiceOperations calls =
        new ServiceOperations(service, new ScimCall(CONTEXT, "https://scale.example/scim/v2"));
    timings.add(sampler.time("service: search userName eq", size, calls.userNameSearch(size)));
    for (int members : new int[] {10, 100_000}) {
      int g = Directory.timedGroup(members);
      String group = String.format(Locale.ROOT, "group of %,d", members);
      timings.addAll(sampler.timeInTurns("service: PATCH add 1 member to " + group,
          calls.addOutsider(g), "service: PATCH remove 1 member from " + group,
          calls.removeOutsider(g), size));
    }
    report.timings(timings);
  }
}
