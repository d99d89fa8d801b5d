package io.scimitar.events.set;

import com.nimbusds.jwt.JWTClaimsSet;
import io.scimitar.core.event.ChangeEvent;
import io.scimitar.core.event.ChangeKind;
import io.scimitar.core.schema.SchemaRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Writes a {@link ChangeEvent} as a signed RFC 9967 Security Event Token for one receiver.
 *
 * <p>The claims (RFC 8417 §2.2, RFC 9967 §2):
 *
 * <ul>
 *   <li>{@code iss}: the issuer given, by default the SCIM base URL;
 *   <li>{@code iat}: when the SET was signed, which for a SET pushed again later is the later
 *       time; {@code toe}: when the change was committed;
 *   <li>{@code jti}: a name-based UUID of the event id and the receiver's name: the same SET
 *       pushed again keeps its {@code jti}, so a receiver can drop duplicates, while each
 *       receiver's SET has its own;
 *   <li>{@code txn}: the event id, shared by every SET of the change (RFC 9967 §2.2);
 *   <li>{@code aud}: the receiver's audience;
 *   <li>{@code sub_id}: format {@code scim}, the resource's relative {@code uri}
 *       ({@code /Users/<id>}) and its {@code id} (RFC 9967 §2.1); no {@code sub}, which RFC 9967
 *       forbids;
 *   <li>{@code events}: one notice-mode event URI ({@link ScimEventUri}) whose payload has the
 *       resource's new {@code version} (its ETag) and the changed {@code attributes}; a delete's
 *       payload is empty, as RFC 9967 §2.4.4 says.
 * </ul>
 *
 * <p>Who made the change (SCIM key, User-Agent, provisioning domain) stays out of the SET: RFC
 * 9967 defines no claims for it, and a receiver gets no more than a SCIM client reading the
 * resource would.
 */
public final class ScimSetEncoder {
  /** The {@code sub_id} format of RFC 9967 §2.1. */
  static final String SUBJECT_FORMAT = "scim";

  private final String issuer;
  private final SetSigningKey key;
  private final SchemaRegistry registry;
  private final Clock clock;

  /**
   * An encoder.
   *
   * @param issuer the {@code iss} claim, e.g. the SCIM base URL
   * @param key signs every SET
   * @param registry gives the endpoint of each resource type for {@code sub_id.uri}
   * @param clock the time source of {@code iat}
   */
  public ScimSetEncoder(String issuer, SetSigningKey key, SchemaRegistry registry, Clock clock) {
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.key = Objects.requireNonNull(key, "key");
    this.registry = Objects.requireNonNull(registry, "registry");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The SET for {@code event} addressed to {@code receiver}, signed, in compact form. */
  public String encode(ChangeEvent event, SetReceiver receiver) {
    return key.sign(claims(event, receiver));
  }

  /** The claims of the SET for {@code event} addressed to {@code receiver}, unsigned. */
  public JWTClaimsSet claims(ChangeEvent event, SetReceiver receiver) {
    return new JWTClaimsSet.Builder()
        .issuer(issuer)
        .claim("iat", clock.instant().getEpochSecond())
        .jwtID(jti(event, receiver))
        .audience(receiver.audience())
        .claim("txn", event.eventId())
        .claim("toe", event.time().getEpochSecond())
        .claim("sub_id", subject(event))
        .claim("events", Map.of(eventUri(event.kind()).uri(), payload(event)))
        .build();
  }

  /** The RFC 9967 event URI of a kind of change. */
  static ScimEventUri eventUri(ChangeKind kind) {
    return switch (kind) {
      case CREATE -> ScimEventUri.CREATE_NOTICE;
      case REPLACE -> ScimEventUri.PUT_NOTICE;
      case PATCH -> ScimEventUri.PATCH_NOTICE;
      case DELETE -> ScimEventUri.DELETE;
      case ACTIVATE -> ScimEventUri.ACTIVATE;
      case DEACTIVATE -> ScimEventUri.DEACTIVATE;
    };
  }

  private Map<String, Object> subject(ChangeEvent event) {
    String endpoint = registry.findResourceSchema(event.resourceType())
        .map(schema -> schema.resourceType().endpoint())
        // An event of a type no longer registered still names its subject.
        .orElse("/" + event.resourceType());
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("format", SUBJECT_FORMAT);
    subject.put("uri", endpoint + "/" + event.resourceId());
    subject.put("id", event.resourceId());
    return subject;
  }

  private static Map<String, Object> payload(ChangeEvent event) {
    if (event.kind() == ChangeKind.DELETE) {
      return Map.of();
    }
    // Activation events carry the common attributes too (RFC 9967 §2.2 makes them available
    // to every event), so a receiver that syncs attributes misses nothing the write changed.
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("version", "W/\"" + event.version() + "\"");
    payload.put("attributes", List.copyOf(event.changedAttributes()));
    return payload;
  }

  private static String jti(ChangeEvent event, SetReceiver receiver) {
    byte[] name = (event.eventId() + "\n" + receiver.name()).getBytes(StandardCharsets.UTF_8);
    return UUID.nameUUIDFromBytes(name).toString().replace("-", "");
  }
}
