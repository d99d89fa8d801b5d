package io.scimitar.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A user's grants as the admin API lists them: the ids of the permission sets
 * ({@code entitlements}) and roles ({@code roles}) it holds, so the console can show assignments
 * on the user.
 */
public final class UserGrants {
  /** The SCIM attributes to ask for. */
  public static final String ATTRIBUTES = "entitlements,roles";

  private UserGrants() {}

  /** Copies the held values of {@code user} into {@code entry} as arrays of ids. */
  public static void copy(JsonNode user, ObjectNode entry) {
    for (CatalogueKind kind : CatalogueKind.values()) {
      String attribute = kind.type().referencingAttribute();
      var ids = entry.putArray(attribute);
      user.path(attribute).forEach(grant -> ids.add(grant.path("value").asText()));
    }
  }
}
