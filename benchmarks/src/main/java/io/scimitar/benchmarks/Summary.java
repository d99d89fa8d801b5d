package io.scimitar.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the JSON results of several JMH runs of the suite ({@code -rf json}) into the Markdown
 * tables of {@code RESULTS.md}: per benchmark the median over runs of each run's median
 * iteration, the range of those run medians, and per peer the ratio of its time to Scimitar's in
 * the same run (above 1: Scimitar is faster), as the median and range over runs. Ends with the
 * issue's targets, met or not.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.scimitar.benchmarks.Summary run-1.json run-2.json
 * ...}
 */
public final class Summary {
  private static final String PACKAGE = "io.scimitar.benchmarks.";
  private static final double TARGET_RATIO = 2.0;

  /** A table: a Scimitar reference benchmark and the benchmarks compared with it. */
  private record Group(String title, String reference, Map<String, String> others) {}

  private static final List<Group> GROUPS = List.of(
      new Group("Filter parse, 9 filters per op", "FilterParseBenchmark.scimitar", labels(
          "FilterParseBenchmark.scimitarSyntaxOnly", "Scimitar, syntax only (no schema)",
          "FilterParseBenchmark.unboundId", "UnboundID",
          "FilterParseBenchmark.goldfish", "Goldfish",
          "FilterParseBenchmark.scimple", "SCIMple")),
      new Group("Filter evaluate, 9 filters per op", "FilterEvaluateBenchmark.scimitar", labels(
          "FilterEvaluateBenchmark.unboundId", "UnboundID",
          "FilterEvaluateBenchmark.goldfish", "Goldfish")),
      new Group("Filter evaluate, SCIMple's 4 filters per op",
          "FilterEvaluateBenchmark.scimitarScimpleSet", labels(
          "FilterEvaluateBenchmark.scimple", "SCIMple")),
      new Group("Filter search, 9 filters × 100 users per op", "FilterSearchBenchmark.scimitar",
          labels(
          "FilterSearchBenchmark.unboundId", "UnboundID",
          "FilterSearchBenchmark.goldfish", "Goldfish")),
      new Group("Filter search, SCIMple's 4 filters × 100 users per op",
          "FilterSearchBenchmark.scimitarScimpleSet", labels(
          "FilterSearchBenchmark.scimple", "SCIMple")),
      new Group("PATCH apply, 5 operations (request already read)",
          "PatchBenchmark.applyScimitar", labels(
          "PatchBenchmark.applyUnboundId", "UnboundID",
          "PatchBenchmark.applyGoldfish", "Goldfish",
          "PatchBenchmark.applyScimple", "SCIMple")),
      new Group("PATCH read and apply, 5 operations (from the body text)",
          "PatchBenchmark.readAndApplyScimitar", labels(
          "PatchBenchmark.readAndApplyUnboundId", "UnboundID",
          "PatchBenchmark.readAndApplyGoldfish", "Goldfish",
          "PatchBenchmark.readAndApplyScimple", "SCIMple")),
      new Group("JSON read of the enterprise user", "JsonBenchmark.readScimitar", labels(
          "JsonBenchmark.readForCreateScimitar", "Scimitar, read + validate for create",
          "JsonBenchmark.readUnboundId", "UnboundID",
          "JsonBenchmark.readGoldfish", "Goldfish",
          "JsonBenchmark.readScimple", "SCIMple")),
      new Group("JSON write of the enterprise user", "JsonBenchmark.writeScimitar", labels(
          "JsonBenchmark.writeUnboundId", "UnboundID",
          "JsonBenchmark.writeGoldfish", "Goldfish",
          "JsonBenchmark.writeScimple", "SCIMple")),
      new Group("Projection (attributes parameter)", "ProjectionBenchmark.scimitar", labels(
          "ProjectionBenchmark.goldfish", "Goldfish",
          "ProjectionBenchmark.scimple", "SCIMple")));

  private final List<Map<String, double[]>> runs;
  private final PrintStream out;

  private Summary(List<Map<String, double[]>> runs, PrintStream out) {
    this.runs = runs;
    this.out = out;
  }

  /** Prints the summary of the given result files to standard output. */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: Summary run-1.json [run-2.json ...]");
      System.exit(2);
    }
    ObjectMapper mapper = new ObjectMapper();
    List<Map<String, double[]>> runs = new ArrayList<>();
    JsonNode first = null;
    for (String file : args) {
      JsonNode results = mapper.readTree(new File(file));
      if (first == null && results.size() > 0) {
        first = results.get(0);
      }
      runs.add(iterations(results));
    }
    Summary summary = new Summary(runs, System.out);
    summary.printSettings(first, args.length);
    summary.printGroups();
    summary.printTargets();
  }

  private static Map<String, String> labels(String... pairs) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      labels.put(pairs[i], pairs[i + 1]);
    }
    return labels;
  }

  /** Each benchmark's measurement iterations (all forks), by name without the package. */
  private static Map<String, double[]> iterations(JsonNode results) {
    Map<String, double[]> byName = new LinkedHashMap<>();
    for (JsonNode result : results) {
      List<Double> values = new ArrayList<>();
      for (JsonNode fork : result.path("primaryMetric").path("rawData")) {
        for (JsonNode value : fork) {
          values.add(value.asDouble());
        }
      }
      String name = result.path("benchmark").asText().replace(PACKAGE, "");
      byName.put(name, values.stream().mapToDouble(Double::doubleValue).toArray());
    }
    return byName;
  }

  private void printSettings(JsonNode first, int runCount) {
    if (first == null) {
      return;
    }
    out.printf(Locale.ROOT, "Runs: %d. Per run and benchmark: %s fork(s), %s warmup iterations of %s,"
            + " %s measurement iterations of %s; JVM %s %s, arguments %s.%n%n",
        runCount, first.path("forks").asText(), first.path("warmupIterations").asText(),
        first.path("warmupTime").asText(), first.path("measurementIterations").asText(),
        first.path("measurementTime").asText(), first.path("vmName").asText(),
        first.path("vmVersion").asText(), first.path("jvmArgs").toString());
  }

  private void printGroups() {
    for (Group group : GROUPS) {
      boolean ran = runMedians(group.reference()).length > 0
          || group.others().keySet().stream().anyMatch(name -> runMedians(name).length > 0);
      if (!ran) {
        continue;
      }
      out.println("### " + group.title());
      out.println();
      out.println("| Benchmark | Median µs/op | Run medians, min–max | Ratio to Scimitar"
          + " (median, min–max over runs) |");
      out.println("| --- | ---: | ---: | ---: |");
      printRow("Scimitar", group.reference(), null);
      group.others().forEach((name, label) -> printRow(label, name, group.reference()));
      out.println();
    }
  }

  private void printRow(String label, String name, String reference) {
    double[] medians = runMedians(name);
    if (medians.length == 0) {
      out.printf("| %s (`%s`) | not run | | |%n", label, name);
      return;
    }
    String ratio = "";
    if (reference != null) {
      double[] ratios = ratios(name, reference);
      ratio = ratios.length == 0 ? "" : String.format(Locale.ROOT, "%.2f× (%.2f–%.2f)",
          median(ratios), min(ratios), max(ratios));
    }
    out.printf(Locale.ROOT, "| %s (`%s`) | %.2f | %.2f–%.2f | %s |%n", label, name,
        median(medians), min(medians), max(medians), ratio);
  }

  private void printTargets() {
    List<String> lines = new ArrayList<>();
    target(lines, "Filter parse ≥ 2× the fastest peer", "FilterParseBenchmark.scimitar",
        "FilterParseBenchmark.unboundId", "FilterParseBenchmark.goldfish",
        "FilterParseBenchmark.scimple");
    target(lines, "Filter evaluate ≥ 2× the fastest peer (9 filters: UnboundID, Goldfish)",
        "FilterEvaluateBenchmark.scimitar", "FilterEvaluateBenchmark.unboundId",
        "FilterEvaluateBenchmark.goldfish");
    target(lines, "Filter evaluate ≥ 2× SCIMple (its 4 filters)",
        "FilterEvaluateBenchmark.scimitarScimpleSet", "FilterEvaluateBenchmark.scimple");
    target(lines, "Filter search ≥ 2× the fastest peer (9 filters × 100 users: UnboundID, Goldfish)",
        "FilterSearchBenchmark.scimitar", "FilterSearchBenchmark.unboundId",
        "FilterSearchBenchmark.goldfish");
    target(lines, "Filter search ≥ 2× SCIMple (its 4 filters × 100 users)",
        "FilterSearchBenchmark.scimitarScimpleSet", "FilterSearchBenchmark.scimple");
    target(lines, "PATCH apply ≥ 2× the faster of UnboundID and Goldfish",
        "PatchBenchmark.applyScimitar", "PatchBenchmark.applyUnboundId",
        "PatchBenchmark.applyGoldfish");
    target(lines, "PATCH read and apply ≥ 2× the faster of UnboundID and Goldfish",
        "PatchBenchmark.readAndApplyScimitar", "PatchBenchmark.readAndApplyUnboundId",
        "PatchBenchmark.readAndApplyGoldfish");
    if (!lines.isEmpty()) {
      out.println("### Targets (ratio = peer time / Scimitar time, median over runs)");
      out.println();
      lines.forEach(out::println);
    }
  }

  private void target(List<String> lines, String title, String reference, String... peers) {
    String fastestPeer = null;
    double lowest = Double.POSITIVE_INFINITY;
    for (String peer : peers) {
      double[] ratios = ratios(peer, reference);
      if (ratios.length > 0 && median(ratios) < lowest) {
        lowest = median(ratios);
        fastestPeer = peer;
      }
    }
    if (fastestPeer == null) {
      return;
    }
    lines.add(String.format(Locale.ROOT, "- %s: **%s** (%.2f× against `%s`)", title,
        lowest >= TARGET_RATIO ? "met" : "not met", lowest, fastestPeer));
  }

  private double[] runMedians(String name) {
    return runs.stream()
        .filter(run -> run.containsKey(name))
        .mapToDouble(run -> median(run.get(name)))
        .toArray();
  }

  /** Per run in which both ran: the peer's median divided by the reference's. */
  private double[] ratios(String peer, String reference) {
    return runs.stream()
        .filter(run -> run.containsKey(peer) && run.containsKey(reference))
        .mapToDouble(run -> median(run.get(peer)) / median(run.get(reference)))
        .toArray();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(Double.NaN);
  }
}
