package io.scimitar.reliability;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The groups of a run, found by {@code displayName} or created before the load starts (group
 * names are not unique on the server, so a create retried after a lost answer could make a
 * second group: done before any fault, and counted by the checks all the same).
 */
final class Groups {
  private static final String GROUP_URN = "urn:ietf:params:scim:schemas:core:2.0:Group";

  private static final int MAX_ATTEMPTS = 60;

  private final ScimHttp http;
  private final Ledger ledger;

  Groups(ScimHttp http, Ledger ledger) {
    this.http = http;
    this.ledger = ledger;
  }

  /**
   * The id of the group named {@code displayName}, created when absent. After a failed attempt
   * it looks the group up again before creating it, so a create whose answer was lost is found
   * rather than repeated.
   */
  String findOrCreate(String displayName) {
    for (int attempt = 1; ; attempt++) {
      Reply found = http.send("GET", "/Groups?" + ScimHttp.filter(
          "displayName eq \"" + displayName + "\"") + "&attributes=displayName", null);
      Reply created = null;
      if (found.ok() && found.body().path("totalResults").asInt() > 0) {
        return remember(displayName, found.body().path("Resources").get(0));
      }
      if (found.ok()) {
        created = http.send("POST", "/Groups", "{\"schemas\":[\"" + GROUP_URN
            + "\"],\"displayName\":\"" + displayName + "\"}");
        if (created.status() == 201) {
          return remember(displayName, created.body());
        }
      }
      Reply failed = created == null ? found : created;
      if (!failed.retryable() || attempt >= MAX_ATTEMPTS) {
        throw new IllegalStateException("cannot create group " + displayName + ": "
            + failed.status() + " " + failed.body());
      }
      pause();
    }
  }

  private String remember(String displayName, JsonNode group) {
    String id = group.path("id").asText();
    ledger.group(displayName, id);
    return id;
  }

  private static void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
