package io.scimitar.store.tck;

import static io.scimitar.store.tck.TckResources.idOf;
import static io.scimitar.store.tck.TckResources.nextVersion;
import static io.scimitar.store.tck.TckResources.prepared;
import static io.scimitar.store.tck.TckResources.userTree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.spi.ResourceUpdate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A user's grants, {@code entitlements} and {@code roles} (RFC 7643 §4.1.2), which identity
 * governance (Okta Identity Governance) assigns from a catalogue: stored exactly, replaced
 * wholesale, and found by the values they hold, as a host asks before it deletes a catalogue
 * item.
 */
public abstract class GrantsTck extends StoreTck {

  private static ScimResource userWith(String name, List<String> entitlements, String role) {
    ObjectNode tree = userTree(name);
    if (!entitlements.isEmpty()) {
      ArrayNode granted = tree.putArray("entitlements");
      entitlements.forEach(value -> granted.addObject().put("value", value).put("display", value + " access")
          .put("type", "PermissionSet"));
    }
    if (role != null) {
      tree.putArray("roles").addObject().put("value", role).put("display", role);
    }
    return prepared("User", idOf(name), tree);
  }

  @Test
  void entitlementsAndRolesAreStoredExactly() {
    ScimResource user = userWith("granted", List.of("ps-admin", "ps-read"), "role-owner");

    users().create(tenantA, user);

    assertThat(users().get(tenantA, idOf("granted"), true)).map(ScimResource::view)
        .contains(user.view());
  }

  @Test
  void aReplaceChangesTheGrants() {
    ScimResource user = users().create(tenantA, userWith("regranted", List.of("ps-admin"), null));
    ObjectNode attributes = userWith("regranted", List.of("ps-read"), "role-viewer").toJson();

    ScimResource replaced = users().update(tenantA,
        ResourceUpdate.replace(nextVersion(user, attributes), "1"));

    assertThat(replaced.view().path("entitlements").findValuesAsText("value"))
        .containsExactly("ps-read");
    assertThat(users().get(tenantA, idOf("regranted"), true).orElseThrow().view()
        .path("roles").findValuesAsText("value")).containsExactly("role-viewer");
  }

  @Test
  void holdersAreFoundByTheValueTheyHold() {
    users().create(tenantA, userWith("admin-holder", List.of("ps-admin", "ps-read"), null));
    users().create(tenantA, userWith("read-holder", List.of("ps-read"), "role-owner"));
    users().create(tenantA, userWith("no-grants", List.of(), null));
    users().create(tenantB, userWith("other-tenant", List.of("ps-admin"), null));

    assertThat(ids(queryAll(users(), tenantA,
        filter("User", "entitlements[value eq \"ps-admin\"]"), null)))
        .containsExactly(idOf("admin-holder"));
    assertThat(ids(queryAll(users(), tenantA,
        filter("User", "entitlements.value eq \"ps-read\""), null)))
        .containsExactlyInAnyOrder(idOf("admin-holder"), idOf("read-holder"));
    assertThat(ids(queryAll(users(), tenantA,
        filter("User", "roles[value eq \"role-owner\"]"), null)))
        .containsExactly(idOf("read-holder"));
    assertThat(queryAll(users(), tenantA,
        filter("User", "entitlements[value eq \"ps-none\"]"), null).totalResults()).isZero();
  }
}
