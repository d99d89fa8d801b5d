package io.scimitar.events.set;

import io.scimitar.core.event.ChangeEvent;
import io.scimitar.core.event.ChangeKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Change events as a store records them, for tests that feed an event log directly. */
final class Events {
  private Events() {}

  static ChangeEvent of(String tenant, String type, String id, int version, ChangeKind kind,
      String... attributes) {
    return new ChangeEvent(UUID.randomUUID().toString(), 0, tenant, type, id,
        Integer.toString(version), kind, "key-1", "Okta SCIM Client 1.0.0", "",
        Instant.parse("2026-12-04T20:00:00Z").plusSeconds(version), List.of(attributes),
        List.of(), List.of());
  }
}
