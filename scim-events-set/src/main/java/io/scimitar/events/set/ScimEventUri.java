package io.scimitar.events.set;

import java.util.Arrays;
import java.util.List;

/**
 * The SCIM provisioning event URIs of RFC 9967 §2.4 that Scimitar issues. They are written in
 * "notice" mode: the payload names the changed attributes (RFC 9967 §2.2 {@code attributes}) and
 * does not carry the resource itself, so a receiver that wants the data reads it back with a
 * SCIM GET on {@code sub_id.uri}. Feed events (§2.3) and asynchronous request events (§2.5) are
 * not issued.
 */
public enum ScimEventUri {
  /** A resource was created (RFC 9967 §2.4.1). */
  CREATE_NOTICE("urn:ietf:params:scim:event:prov:create:notice"),
  /** A resource was changed by PATCH (RFC 9967 §2.4.2). */
  PATCH_NOTICE("urn:ietf:params:scim:event:prov:patch:notice"),
  /** A resource was replaced by PUT (RFC 9967 §2.4.3). */
  PUT_NOTICE("urn:ietf:params:scim:event:prov:put:notice"),
  /** A resource was deleted (RFC 9967 §2.4.4); its event has no payload. */
  DELETE("urn:ietf:params:scim:event:prov:delete"),
  /** A resource's {@code active} became true (RFC 9967 §2.4.5). */
  ACTIVATE("urn:ietf:params:scim:event:prov:activate"),
  /** A resource's {@code active} became false (RFC 9967 §2.4.6). */
  DEACTIVATE("urn:ietf:params:scim:event:prov:deactivate");

  private final String uri;

  ScimEventUri(String uri) {
    this.uri = uri;
  }

  /** The URI, the key of the event in a SET's {@code events} claim. */
  public String uri() {
    return uri;
  }

  /** Every URI this module issues, for RFC 9967 §4 discovery ({@code eventUris}). */
  public static List<String> all() {
    return Arrays.stream(values()).map(ScimEventUri::uri).toList();
  }

  @Override
  public String toString() {
    return uri;
  }
}
