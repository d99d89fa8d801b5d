package io.scimitar.events.set;

/**
 * How one push of a SET to a receiver ended (RFC 8935 §2.2 to §2.4).
 */
public sealed interface PushOutcome {

  /** Whether the SET is settled: accepted, or refused for good. Otherwise it is pushed again. */
  boolean settled();

  /**
   * The receiver acknowledged the SET: 202 Accepted (RFC 8935 §2.2), or another 2xx, which a
   * receiver that stored the SET may answer as well.
   *
   * @param status the HTTP status
   */
  record Accepted(int status) implements PushOutcome {
    @Override
    public boolean settled() {
      return true;
    }
  }

  /**
   * The receiver refused this SET itself as malformed: 400 with error code
   * {@code invalid_request} (RFC 8935 §2.4). Pushing the same SET again cannot succeed, so it
   * is given up and logged, and delivery goes on with the next one.
   *
   * @param err the RFC 8935 error code
   * @param description the receiver's description, possibly empty
   */
  record Refused(String err, String description) implements PushOutcome {
    @Override
    public boolean settled() {
      return true;
    }
  }

  /**
   * The push did not get through: the receiver was unreachable, too slow, answered a server
   * error, or refused the transmitter as a whole (an error code other than
   * {@code invalid_request}, for example {@code invalid_key} or {@code authentication_failed},
   * or a 401/403/404): a fault of the connection or the configuration that every later SET
   * shares, so the SET is pushed again after a back-off rather than dropped.
   *
   * @param reason what happened, for the log
   */
  record Failed(String reason) implements PushOutcome {
    @Override
    public boolean settled() {
      return false;
    }
  }
}
