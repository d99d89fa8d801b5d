package io.scimitar.reliability;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The groups of a run, found by {@code displayName} or created before the load starts (group
 * names are not unique on the server, so a create retried after a lost answer could make a
 * second group: done before any fault, and counted by the checks all the same).
 */
final class Groups {
  private static final String GROUP_URN = "urn:ietf:params:scim:schemas:core:2.0:Group";

  private final ScimHttp http;
  private final Ledger ledger;

  Groups(ScimHttp http, Ledger ledger) {
    this.http = http;
    this.ledger = ledger;
  }

  /** The id of the group named {@code displayName}, created when absent. */
  String findOrCreate(String displayName) {
    JsonNode found = http.send("GET", "/Groups?" + ScimHttp.filter(
        "displayName eq \"" + displayName + "\"") + "&attributes=displayName", null).body();
    String id;
    if (found.path("totalResults").asInt() > 0) {
      id = found.path("Resources").get(0).path("id").asText();
    } else {
      Reply created = http.send("POST", "/Groups", "{\"schemas\":[\"" + GROUP_URN
          + "\"],\"displayName\":\"" + displayName + "\"}");
      if (created.status() != 201) {
        throw new IllegalStateException("cannot create group " + displayName + ": "
            + created.status() + " " + created.body());
      }
      id = created.body().path("id").asText();
    }
    ledger.group(displayName, id);
    return id;
  }
}
