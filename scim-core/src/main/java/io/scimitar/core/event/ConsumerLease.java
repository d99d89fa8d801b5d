package io.scimitar.core.event;

import java.time.Instant;
import java.util.Objects;

/**
 * The right of one dispatcher ({@code owner}) to deliver a named consumer's events until
 * {@code expires}. While a lease is valid no other owner gets one for that consumer, so replicas
 * sharing one event log deliver each event once in the normal case; when an owner dies its lease
 * runs out and another owner resumes from the consumer's last committed {@code position}.
 *
 * @param consumer the consumer's name, unique in the event log
 * @param owner who holds the lease, e.g. a dispatcher's random id
 * @param position the sequence of the last event the consumer has confirmed (0: none)
 * @param expires when the lease ends unless renewed by {@link EventLog#advance}
 */
public record ConsumerLease(String consumer, String owner, long position, Instant expires) {
  public ConsumerLease {
    Objects.requireNonNull(consumer, "consumer");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(expires, "expires");
    if (position < 0) {
      throw new IllegalArgumentException("position must be >= 0");
    }
  }
}
