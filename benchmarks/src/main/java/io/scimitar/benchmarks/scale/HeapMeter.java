package io.scimitar.benchmarks.scale;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Heap in use after full collections: what the live objects take, without garbage. A few
 * collections in a row, until the figure stops falling, as one request may leave work (reference
 * processing, finalisation) that only the next collection finishes.
 */
final class HeapMeter {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private HeapMeter() {}

  /** Bytes of live heap. */
  static long liveBytes() throws InterruptedException {
    long previous = Long.MAX_VALUE;
    long used = usedAfterGc();
    for (int round = 0; round < 8 && used < previous; round++) {
      previous = used;
      used = usedAfterGc();
    }
    return Math.min(previous, used);
  }

  private static long usedAfterGc() throws InterruptedException {
    System.gc();
    Thread.sleep(200);
    return MEMORY.getHeapMemoryUsage().getUsed();
  }
}
