package io.scimitar.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Scanner;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the Okta-like workload against one SCIM base URL for a while, then checks the server
 * against what it acknowledged and appends one tab-separated row to the results file:
 * scenario, acknowledged writes, lost, duplicate users, 5xx other than 503 with Retry-After,
 * 503 with Retry-After, no answer, hangs, slowest answer (ms), recovery (ms), duplicate groups.
 *
 * <pre>
 * java -jar scimitar-workload.jar --base http://127.0.0.1:28080/scim/v2 --token SECRET \
 *   --scenario replica-kill --workers 8 --seconds 40 --markers markers.txt --results results.tsv
 * </pre>
 *
 * <p>With {@code --started <file>}, the file is written once the groups exist and the workers
 * run. The markers file holds lines {@code <epoch ms> fault <name>} written by the harness when it
 * injects a fault; the recovery time is measured from the first one.
 */
public final class Workload {
  private Workload() {}

  /** Runs the workload; exits 0 when nothing was lost or duplicated, 1 otherwise. */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    String scenario = options.getOrDefault("scenario", "steady");
    int workers = Integer.parseInt(options.getOrDefault("workers", "8"));
    long seconds = Long.parseLong(options.getOrDefault("seconds", "30"));
    String prefix = options.getOrDefault("prefix", scenario + "-" + System.currentTimeMillis());
    Tally tally = new Tally();
    ScimHttp http = new ScimHttp(options.get("base"), options.get("token"), tally);
    Ledger ledger = new Ledger();

    // The groups exist before the load starts, and so before any fault.
    Groups groups = new Groups(http, ledger);
    String shared = groups.findOrCreate(prefix + "-all");
    List<String> own = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      own.add(groups.findOrCreate(prefix + "-g" + w));
    }
    long stop = System.currentTimeMillis() + seconds * 1000;
    long giveUp = stop + 120_000;
    AtomicLong updates = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      Thread thread = new Thread(new OktaWorker(http, ledger, prefix + "-w" + w, own.get(w),
          shared, stop, giveUp, updates), "okta-worker-" + w);
      thread.start();
      threads.add(thread);
    }
    if (options.containsKey("started")) {
      // Tells the harness that the load runs: it injects its fault from now on.
      Files.writeString(Path.of(options.get("started")), Long.toString(System.currentTimeMillis()),
          StandardCharsets.UTF_8);
    }
    for (Thread thread : threads) {
      thread.join();
    }

    Checks.Findings findings = new Checks(http, ledger).run(prefix);
    long acknowledged = ledger.acknowledgedCreatesAndMembers() + updates.get();
    OptionalLong fault = firstFault(options.get("markers"));
    long recovery = fault.isPresent() ? tally.recoveryMillis(fault.getAsLong()) : 0;
    String row = String.join("\t", scenario, Long.toString(acknowledged),
        Long.toString(findings.lost()), Long.toString(findings.duplicateUsers()),
        Long.toString(tally.otherServerErrors()), Long.toString(tally.unavailable()),
        Long.toString(tally.noAnswer()), Long.toString(tally.hangs()),
        Long.toString(tally.maxMillis()), Long.toString(recovery),
        Long.toString(findings.duplicateGroups()));
    System.out.printf("%s: %d acknowledged (%d users, %d updates, %d member additions),"
            + " %d lost (%d creates, %d updates, %d members), %d duplicate users,"
            + " %d duplicate groups; answers: %d 2xx, %d 4xx, %d 503 with Retry-After,"
            + " %d other 5xx, %d without answer, %d over %d ms (slowest %d ms);"
            + " writes succeed again %d ms after the fault%n",
        scenario, acknowledged, ledger.users().size(), updates.get(),
        ledger.acknowledgedCreatesAndMembers() - ledger.users().size(), findings.lost(),
        findings.lostCreates(), findings.lostUpdates(), findings.lostMembers(),
        findings.duplicateUsers(), findings.duplicateGroups(), tally.success(),
        tally.clientErrors(), tally.unavailable(), tally.otherServerErrors(), tally.noAnswer(),
        tally.hangs(), Tally.HANG_BOUND_MILLIS, tally.maxMillis(), recovery);
    findings.details().forEach(detail -> System.out.println("  finding: " + detail));
    tally.samples().forEach(sample -> System.out.println("  answer: " + sample));
    if (options.containsKey("results")) {
      Files.writeString(Path.of(options.get("results")), row + System.lineSeparator(),
          StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
    System.exit(findings.lost() == 0 && findings.duplicateUsers() == 0 ? 0 : 1);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    for (String required : List.of("base", "token")) {
      if (!options.containsKey(required)) {
        throw new IllegalArgumentException("--" + required + " is required");
      }
    }
    return options;
  }

  private static OptionalLong firstFault(String markers) throws IOException {
    if (markers == null || !Files.exists(Path.of(markers))) {
      return OptionalLong.empty();
    }
    for (String line : Files.readAllLines(Path.of(markers), StandardCharsets.UTF_8)) {
      Scanner fields = new Scanner(line);
      if (fields.hasNextLong()) {
        long at = fields.nextLong();
        if (fields.hasNext() && fields.next().equals("fault")) {
          return OptionalLong.of(at);
        }
      }
    }
    return OptionalLong.empty();
  }
}
