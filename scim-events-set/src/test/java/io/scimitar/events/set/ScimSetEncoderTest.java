package io.scimitar.events.set;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.scimitar.core.event.ChangeEvent;
import io.scimitar.core.event.ChangeKind;
import io.scimitar.core.schema.SchemaRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScimSetEncoderTest {
  private static final Instant NOW = Instant.parse("2026-12-04T21:00:00Z");
  private static final SetReceiver CRM =
      SetReceiver.of("crm", "acme", URI.create("https://crm.example/events"));

  private final SetSigningKey key = SetSigningKey.generate();
  private final ScimSetEncoder encoder = new ScimSetEncoder("https://idc.example/scim/v2", key,
      SchemaRegistry.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void aPatchIsAPatchNoticeWithTheVersionAndTheChangedAttributes() throws Exception {
    ChangeEvent event =
        Events.of("acme", "Group", "g1", 7, ChangeKind.PATCH, "members", "displayName");

    SignedJWT jwt = SignedJWT.parse(encoder.encode(event, CRM));
    JWTClaimsSet claims = jwt.getJWTClaimsSet();

    assertThat(jwt.verify(new ECDSAVerifier(key.publicKey().toECKey()))).isTrue();
    assertThat(claims.getIssuer()).isEqualTo("https://idc.example/scim/v2");
    assertThat(claims.getAudience()).containsExactly("https://crm.example/events");
    assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW);
    assertThat(claims.getLongClaim("toe")).isEqualTo(event.time().getEpochSecond());
    assertThat(claims.getStringClaim("txn")).isEqualTo(event.eventId());
    assertThat(claims.getSubject()).isNull();
    assertThat(claims.getJSONObjectClaim("sub_id"))
        .isEqualTo(Map.of("format", "scim", "uri", "/Groups/g1", "id", "g1"));
    assertThat(claims.getJSONObjectClaim("events")).isEqualTo(Map.of(
        "urn:ietf:params:scim:event:prov:patch:notice",
        Map.of("version", "W/\"7\"", "attributes", List.of("members", "displayName"))));
  }

  @Test
  void eachKindHasItsRfc9967Uri() {
    assertThat(eventUri(ChangeKind.CREATE)).isEqualTo("urn:ietf:params:scim:event:prov:create:notice");
    assertThat(eventUri(ChangeKind.REPLACE)).isEqualTo("urn:ietf:params:scim:event:prov:put:notice");
    assertThat(eventUri(ChangeKind.DELETE)).isEqualTo("urn:ietf:params:scim:event:prov:delete");
    assertThat(eventUri(ChangeKind.ACTIVATE)).isEqualTo("urn:ietf:params:scim:event:prov:activate");
    assertThat(eventUri(ChangeKind.DEACTIVATE))
        .isEqualTo("urn:ietf:params:scim:event:prov:deactivate");
  }

  @Test
  void aDeleteHasNoPayload() throws Exception {
    JWTClaimsSet claims =
        encoder.claims(Events.of("acme", "User", "u1", 3, ChangeKind.DELETE), CRM);

    assertThat(claims.getJSONObjectClaim("events"))
        .isEqualTo(Map.of("urn:ietf:params:scim:event:prov:delete", Map.of()));
    assertThat(claims.getJSONObjectClaim("sub_id")).containsEntry("uri", "/Users/u1");
  }

  @Test
  void theJtiIsStableAcrossRedeliveryAndDiffersPerReceiver() {
    ChangeEvent event = Events.of("acme", "User", "u1", 1, ChangeKind.CREATE, "userName");
    SetReceiver other = SetReceiver.of("audit", "acme", URI.create("https://audit.example/set"));

    String first = encoder.claims(event, CRM).getJWTID();

    assertThat(encoder.claims(event, CRM).getJWTID()).isEqualTo(first);
    assertThat(encoder.claims(event, other).getJWTID()).isNotEqualTo(first);
    assertThat(encoder.claims(event, other).getClaim("txn")).isEqualTo(event.eventId());
  }

  private String eventUri(ChangeKind kind) {
    JWTClaimsSet claims = encoder.claims(Events.of("acme", "User", "u1", 1, kind), CRM);
    return claims.getClaims().get("events") instanceof Map<?, ?> events
        ? events.keySet().iterator().next().toString() : null;
  }
}
