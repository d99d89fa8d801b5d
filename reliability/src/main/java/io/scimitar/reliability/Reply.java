package io.scimitar.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * One answer, or the lack of one.
 *
 * @param status the HTTP status, or {@link #NO_ANSWER} when the connection failed or was cut,
 *     or {@link #TIMED_OUT} when no answer came within the client's timeout
 * @param body the body as JSON (missing when empty or not JSON)
 * @param retryAfter whether the answer carried {@code Retry-After}
 * @param retryAfterSeconds its value, or 0
 */
record Reply(int status, JsonNode body, boolean retryAfter, long retryAfterSeconds) {
  static final int NO_ANSWER = -1;
  static final int TIMED_OUT = -2;

  static Reply failed(int status) {
    return new Reply(status, MissingNode.getInstance(), false, 0);
  }

  boolean ok() {
    return status >= 200 && status < 300;
  }

  /** Whether the request should be sent again: no answer, a timeout or a server error. */
  boolean retryable() {
    return status < 0 || status >= 500;
  }
}
