package io.scimitar.core.catalogue;

import java.time.Instant;
import java.util.Objects;

/**
 * One item of a host's catalogue, as a SCIM client sees it: an Okta Entitlement or Role resource.
 *
 * @param id the item's id, the value a user's {@code entitlements} or {@code roles} entry holds
 * @param displayName the name shown for it
 * @param type its kind (e.g. {@code License}), or null
 * @param description what it grants, or null
 * @param created when the host created it ({@code meta.created})
 * @param lastModified when the host last changed it ({@code meta.lastModified})
 */
public record CatalogueItem(
    String id, String displayName, String type, String description, Instant created,
    Instant lastModified) {

  public CatalogueItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(lastModified, "lastModified");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a catalogue item needs a non-blank id");
    }
  }
}
