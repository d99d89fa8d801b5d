package io.scimitar.benchmarks.scale;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Times an operation many times after a warm-up. Each repetition is timed on its own, so the
 * result is a distribution (median, tail, spread), not an average. A time budget caps slow
 * operations so that a full run stays within minutes; a minimum number of repetitions is always
 * taken. Operations check their own results, which also keeps the JIT from dropping
 * the work.
 */
final class Sampler {
  private static final int MIN_WARMUPS = 1;

  private final int minSamples;
  private final int warmups;
  private final int repetitions;
  private final Duration budget;

  /**
   * A sampler.
   *
   * @param minSamples the fewest timed repetitions, whatever the budget
   * @param warmups untimed repetitions first (JIT, caches, connection pool)
   * @param repetitions the most timed repetitions
   * @param budget the most time spent timing one operation (warm-up gets a quarter on top)
   */
  Sampler(int minSamples, int warmups, int repetitions, Duration budget) {
    this.minSamples = minSamples;
    this.warmups = warmups;
    this.repetitions = repetitions;
    this.budget = budget;
  }

  /** One repetition of an operation; {@code i} lets it vary its input. */
  @FunctionalInterface
  interface Operation {
    /** Runs repetition {@code i}, failing if its result is wrong. */
    void run(int i) throws Exception;
  }

  /** Times {@code operation} with the data set at {@code size} users. */
  Timing time(String name, int size, Operation operation) throws Exception {
    long warmUntil = System.nanoTime() + budget.toNanos() / 4;
    int i = 0;
    while (i < warmups && (i < MIN_WARMUPS || System.nanoTime() < warmUntil)) {
      operation.run(i++);
    }
    long[] nanos = new long[repetitions];
    int taken = 0;
    long until = System.nanoTime() + budget.toNanos();
    while (taken < repetitions && (taken < minSamples || System.nanoTime() < until)) {
      long start = System.nanoTime();
      operation.run(i++);
      nanos[taken++] = System.nanoTime() - start;
    }
    Timing timing = Timing.of(name, size, Arrays.copyOf(nanos, taken));
    System.out.println(timing.row());
    return timing;
  }

  /**
   * Times two operations that undo each other (add a member, remove it) in turns, each timed on
   * its own, so that every repetition of either starts from the same state.
   */
  List<Timing> timeInTurns(String firstName, Operation first, String secondName,
      Operation second, int size) throws Exception {
    long warmUntil = System.nanoTime() + budget.toNanos() / 4;
    int i = 0;
    while (i < warmups && (i < MIN_WARMUPS || System.nanoTime() < warmUntil)) {
      first.run(i);
      second.run(i++);
    }
    long[] firstNanos = new long[repetitions];
    long[] secondNanos = new long[repetitions];
    int taken = 0;
    long until = System.nanoTime() + budget.toNanos();
    while (taken < repetitions && (taken < minSamples || System.nanoTime() < until)) {
      long start = System.nanoTime();
      first.run(i);
      long middle = System.nanoTime();
      second.run(i++);
      firstNanos[taken] = middle - start;
      secondNanos[taken++] = System.nanoTime() - middle;
    }
    List<Timing> timings = List.of(
        Timing.of(firstName, size, Arrays.copyOf(firstNanos, taken)),
        Timing.of(secondName, size, Arrays.copyOf(secondNanos, taken)));
    timings.forEach(timing -> System.out.println(timing.row()));
    return timings;
  }
}
