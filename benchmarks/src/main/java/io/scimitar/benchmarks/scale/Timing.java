package io.scimitar.benchmarks.scale;

import java.util.Arrays;
import java.util.Locale;

/**
 * The distribution of one operation's repeated timings, in microseconds.
 *
 * @param operation what was timed
 * @param size the number of users loaded when it was timed
 * @param samples how many timed repetitions
 * @param min the fastest repetition
 * @param median the median
 * @param p90 the 90th percentile
 * @param p99 the 99th percentile
 * @param max the slowest repetition
 */
record Timing(String operation, int size, int samples, double min, double median, double p90,
    double p99, double max) {

  /** The distribution of these nanosecond timings. */
  static Timing of(String operation, int size, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Timing(operation, size, sorted.length, micros(sorted[0]),
        micros(percentile(sorted, 50)), micros(percentile(sorted, 90)),
        micros(percentile(sorted, 99)), micros(sorted[sorted.length - 1]));
  }

  /** Nearest-rank percentile of sorted values. */
  private static long percentile(long[] sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  private static double micros(long nanos) {
    return nanos / 1_000.0;
  }

  /** A Markdown table header matching {@link #row()}. */
  static String header() {
    return "| operation | users | n | min µs | median µs | p90 µs | p99 µs | max µs |\n"
        + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";
  }

  /** This timing as a Markdown table row. */
  String row() {
    return String.format(Locale.ROOT, "| %s | %,d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |",
        operation, size, samples, min, median, p90, p99, max);
  }
}
