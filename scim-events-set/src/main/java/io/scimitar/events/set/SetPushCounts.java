package io.scimitar.events.set;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How the pushes to one receiver went since this process started, for monitoring: SETs the
 * receiver accepted, SETs it refused for good, and failed attempts (each retried).
 */
public final class SetPushCounts {
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();

  SetPushCounts() {}

  /** SETs the receiver accepted. */
  public long acceptedCount() {
    return accepted.get();
  }

  /** SETs the receiver refused as malformed ({@code invalid_request}); they are not resent. */
  public long refusedCount() {
    return refused.get();
  }

  /** Push attempts that failed and were retried later. */
  public long failedCount() {
    return failed.get();
  }

  void accepted() {
    accepted.incrementAndGet();
  }

  void refused() {
    refused.incrementAndGet();
  }

  void failed() {
    failed.incrementAndGet();
  }

  @Override
  public String toString() {
    return "SetPushCounts[accepted=" + accepted + ", refused=" + refused + ", failed=" + failed
        + "]";
  }
}
