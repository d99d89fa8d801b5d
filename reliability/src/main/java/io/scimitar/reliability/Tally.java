package io.scimitar.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every answer the workload got, by kind, and a timeline of its writes for recovery times. An
 * answer slower than {@link #HANG_BOUND_MILLIS} counts as a hang even when it came.
 */
final class Tally {
  /**
   * The stated bound on any answer: a request waits at most 2 s for a pooled connection and
   * 10 s for a statement, 3 s of slack on a shared machine.
   */
  static final long HANG_BOUND_MILLIS = 15_000;

  /** One write: when it started and ended (epoch ms), and whether it failed (5xx, no answer). */
  record Write(long startMillis, long endMillis, boolean failed) {}

  private final AtomicLong success = new AtomicLong();
  private final AtomicLong clientErrors = new AtomicLong();
  private final AtomicLong unavailable = new AtomicLong();
  private final AtomicLong otherServerErrors = new AtomicLong();
  private final AtomicLong noAnswer = new AtomicLong();
  private final AtomicLong hangs = new AtomicLong();
  private final AtomicLong maxMillis = new AtomicLong();
  private final ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();

  void record(String method, String path, long startMillis, long endMillis, Reply reply) {
    long took = endMillis - startMillis;
    maxMillis.accumulateAndGet(took, Math::max);
    if (took > HANG_BOUND_MILLIS || reply.status() == Reply.TIMED_OUT) {
      hangs.incrementAndGet();
      sample(method + " " + path + " -> " + reply.status() + " after " + took + " ms");
    }
    int status = reply.status();
    if (status >= 200 && status < 300) {
      success.incrementAndGet();
    } else if (status >= 400 && status < 500) {
      clientErrors.incrementAndGet();
    } else if (status == 503 && reply.retryAfter()) {
      unavailable.incrementAndGet();
    } else if (status >= 500) {
      otherServerErrors.incrementAndGet();
      sample(method + " " + path + " -> " + status + " " + reply.body());
    } else if (status == Reply.NO_ANSWER) {
      noAnswer.incrementAndGet();
      sample(method + " " + path + " -> no answer");
    }
    if (!method.equals("GET")) {
      writes.add(new Write(startMillis, endMillis, reply.retryable()));
    }
  }

  private void sample(String line) {
    if (samples.size() < 10) {
      samples.add(line);
    }
  }

  long success() {
    return success.get();
  }

  long clientErrors() {
    return clientErrors.get();
  }

  /** 503 answers with {@code Retry-After}: the promised answer while the database is away. */
  long unavailable() {
    return unavailable.get();
  }

  /** 5xx answers other than 503 with {@code Retry-After}: each breaks the promise. */
  long otherServerErrors() {
    return otherServerErrors.get();
  }

  /** Connections refused or cut before an answer (by a killed replica or the balancer). */
  long noAnswer() {
    return noAnswer.get();
  }

  long hangs() {
    return hangs.get();
  }

  long maxMillis() {
    return maxMillis.get();
  }

  List<String> samples() {
    return List.copyOf(samples);
  }

  /**
   * Milliseconds from {@code faultMillis} until the end of the last failed write after it, that
   * is until writes succeed again; 0 when no write failed.
   */
  long recoveryMillis(long faultMillis) {
    long lastFailure = faultMillis;
    for (Write write : new ArrayList<>(writes)) {
      if (write.failed() && write.endMillis() >= faultMillis) {
        lastFailure = Math.max(lastFailure, write.endMillis());
      }
    }
    return lastFailure - faultMillis;
  }
}
