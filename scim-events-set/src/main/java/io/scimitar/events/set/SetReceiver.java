package io.scimitar.events.set;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A SET receiver (RFC 8935 "SET Recipient") that one tenant's events are pushed to.
 *
 * @param name a stable name, unique among the receivers; it names the receiver's consumer in the
 *     durable event log, so its delivery position survives restarts under this name
 * @param tenantId the tenant whose events go to this receiver; no other tenant's do
 * @param endpoint the receiver's push endpoint, {@code http} or {@code https}
 * @param audience the {@code aud} claim of every SET sent there (RFC 8417 §2.2)
 * @param authorization the {@code Authorization} header value the receiver expects (for example
 *     {@code Bearer ...}), or empty; RFC 8935 §3 leaves transmitter authentication to the
 *     deployment
 */
public record SetReceiver(
    String name, String tenantId, URI endpoint, String audience, Optional<String> authorization) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  public SetReceiver {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(authorization, "authorization");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a SET receiver's name is 1 to 64 letters, digits, '.', '_' or '-', got '" + name + "'");
    }
    String scheme = endpoint.getScheme();
    boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
    if (!web || endpoint.getHost() == null) {
      throw new IllegalArgumentException(
          "a SET receiver's endpoint must be an http or https URL, got '" + endpoint + "'");
    }
  }

  /**
   * A receiver at {@code endpoint} for {@code tenantId}, with the endpoint as audience and no
   * {@code Authorization} header.
   */
  public static SetReceiver of(String name, String tenantId, URI endpoint) {
    return new SetReceiver(name, tenantId, endpoint, endpoint.toString(), Optional.empty());
  }

  /** This receiver with an {@code Authorization} header value. */
  public SetReceiver withAuthorization(String value) {
    return new SetReceiver(name, tenantId, endpoint, audience, Optional.of(value));
  }

  /** Names the receiver without its credential. */
  @Override
  public String toString() {
    return "SetReceiver[name=" + name + ", tenantId=" + tenantId + ", endpoint=" + endpoint
        + ", audience=" + audience
        + ", authorization=" + (authorization.isPresent() ? "given" : "none") + "]";
  }
}
