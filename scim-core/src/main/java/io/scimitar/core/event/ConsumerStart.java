package io.scimitar.core.event;

/** Where a consumer that the event log has never seen starts reading. */
public enum ConsumerStart {
  /** At the oldest retained event: a new consumer first receives the retained history. */
  EARLIEST,
  /** After the newest event: a new consumer receives only what is committed from now on. */
  LATEST
}
