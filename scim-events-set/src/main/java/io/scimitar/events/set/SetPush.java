package io.scimitar.events.set;

import io.scimitar.core.event.ConsumerStart;
import io.scimitar.core.event.EventDispatcher;
import io.scimitar.core.schema.SchemaRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Pushes change events as RFC 9967 Security Event Tokens to receivers (RFC 8935), each receiver
 * a named consumer of the durable event log, so its position and its retries live in the log
 * and survive restarts:
 *
 * <pre>{@code
 * SetPush push = SetPush.builder("https://host/scim/v2", SetSigningKey.loadOrGenerate(file), registry)
 *     .receiver(SetReceiver.of("crm", "acme", URI.create("https://crm.example/events")))
 *     .build();
 * EventDispatcher dispatcher = push.register(EventDispatcher.builder(service.eventLog())).build();
 * dispatcher.start();
 * }</pre>
 *
 * <p>Each receiver is delivered on a dispatcher thread of its own and never on a SCIM request's
 * thread: a receiver that is slow, down, failing or hostile delays only its own SETs. A push
 * ends within the push timeout (default 10 s); keep it below half the dispatcher's lease
 * (default 30 s), so that a replica pushing to a slow receiver keeps its lease.
 */
public final class SetPush {
  /** The prefix of a receiver's consumer name in the event log. */
  public static final String CONSUMER_PREFIX = "set-push-";

  private final SetSigningKey key;
  private final ScimSetEncoder encoder;
  private final SetPushClient client;
  private final ConsumerStart start;
  private final Map<String, SetReceiver> receivers;
  private final Map<String, SetPushCounts> counts = new LinkedHashMap<>();

  private SetPush(Builder builder) {
    this.key = builder.key;
    this.encoder = new ScimSetEncoder(builder.issuer, builder.key, builder.registry, builder.clock);
    this.client = new SetPushClient(builder.timeout);
    this.start = builder.start;
    this.receivers = Map.copyOf(builder.receivers);
    builder.receivers.keySet().forEach(name -> counts.put(name, new SetPushCounts()));
  }

  /**
   * A builder.
   *
   * @param issuer the {@code iss} of every SET, e.g. the SCIM base URL
   * @param key signs every SET
   * @param registry the resource types, for the subjects' URIs
   */
  public static Builder builder(String issuer, SetSigningKey key, SchemaRegistry registry) {
    return new Builder(issuer, key, registry);
  }

  /** The name of a receiver's consumer in the event log. */
  public static String consumerName(SetReceiver receiver) {
    return CONSUMER_PREFIX + receiver.name();
  }

  /**
   * Adds one consumer per receiver to {@code dispatcher} and returns it, to be built and
   * started by the caller with its other consumers.
   */
  public EventDispatcher.Builder register(EventDispatcher.Builder dispatcher) {
    receivers.forEach((name, receiver) -> dispatcher.consumer(consumerName(receiver), start,
        new SetPushConsumer(receiver, encoder, client, counts.get(name))));
    return dispatcher;
  }

  /** The receivers, in the order they were added. */
  public List<SetReceiver> receivers() {
    return counts.keySet().stream().map(receivers::get).toList();
  }

  /**
   * How the pushes to a receiver went since this process started.
   *
   * @throws NoSuchElementException for a name that is not a receiver's
   */
  public SetPushCounts counts(String receiverName) {
    SetPushCounts found = counts.get(receiverName);
    if (found == null) {
      throw new NoSuchElementException("no SET receiver named '" + receiverName + "'");
    }
    return found;
  }

  /** The JSON Web Key Set receivers verify the SETs with. */
  public String jwks() {
    return key.publicJwks();
  }

  /** The event URIs these SETs carry, for RFC 9967 §4 discovery. */
  public static List<String> eventUris() {
    return ScimEventUri.all();
  }

  /** Builds a {@link SetPush}. */
  public static final class Builder {
    private final String issuer;
    private final SetSigningKey key;
    private final SchemaRegistry registry;
    private final Map<String, SetReceiver> receivers = new LinkedHashMap<>();
    private Duration timeout = Duration.ofSeconds(10);
    private ConsumerStart start = ConsumerStart.EARLIEST;
    private Clock clock = Clock.systemUTC();

    private Builder(String issuer, SetSigningKey key, SchemaRegistry registry) {
      this.issuer = Objects.requireNonNull(issuer, "issuer");
      this.key = Objects.requireNonNull(key, "key");
      this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** Adds a receiver; its name must be unique. */
    public Builder receiver(SetReceiver receiver) {
      if (receivers.putIfAbsent(receiver.name(), receiver) != null) {
        throw new IllegalArgumentException(
            "a SET receiver named '" + receiver.name() + "' is already added");
      }
      return this;
    }

    /** The longest one push may take, connecting and answer included; default 10 s. */
    public Builder timeout(Duration value) {
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("the push timeout must be positive");
      }
      this.timeout = value;
      return this;
    }

    /**
     * Where a receiver the log has never seen starts: {@link ConsumerStart#EARLIEST} (the
     * default) sends the retained history first, {@link ConsumerStart#LATEST} only what is
     * committed after the consumer's first lease (which is taken on the dispatcher's thread, so
     * a change committed just after the start may fall before it). A known receiver always
     * resumes at its stored position.
     */
    public Builder start(ConsumerStart value) {
      this.start = Objects.requireNonNull(value, "start");
      return this;
    }

    /** The time source of {@code iat}; default the system clock. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** The push set-up; {@link SetPush#register} it with a dispatcher to run it. */
    public SetPush build() {
      return new SetPush(this);
    }
  }
}
