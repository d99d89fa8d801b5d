package io.scimitar.events.set;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before pushing a SET again after a failed push: exponential from
 * {@code initial}, doubling per failure up to {@code max}, each wait shortened by a random part
 * of up to a fifth so that replicas and receivers coming back at once do not retry in step.
 *
 * @param initial the wait after the first failure
 * @param max the longest wait; a receiver that is down is tried at least this often
 */
public record Backoff(Duration initial, Duration max) {

  public Backoff {
    Objects.requireNonNull(initial, "initial");
    Objects.requireNonNull(max, "max");
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("back-off needs 0 < initial <= max");
    }
  }

  /** One second, doubling up to five minutes. */
  public static Backoff defaults() {
    return new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));
  }

  /** The wait after the {@code failures}-th failure in a row (1 for the first). */
  public Duration delay(int failures) {
    long millis = initial.toMillis();
    for (int i = 1; i < failures && millis < max.toMillis(); i++) {
      millis *= 2;
    }
    long capped = Math.min(millis, max.toMillis());
    long jitter = ThreadLocalRandom.current().nextLong(capped / 5 + 1);
    return Duration.ofMillis(capped - jitter);
  }
}
