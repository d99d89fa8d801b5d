package io.scimitar.store.tck;

import static io.scimitar.store.tck.TckResources.idOf;
import static io.scimitar.store.tck.TckResources.membersDropped;
import static io.scimitar.store.tck.TckResources.nextVersion;
import static io.scimitar.store.tck.TckResources.user;
import static io.scimitar.store.tck.TckResources.withText;
import static org.assertj.core.api.Assertions.assertThat;

import io.scimitar.core.patch.MemberRef;
import io.scimitar.core.patch.MembershipChange;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.spi.ResourceUpdate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Optimistic locking: a write names the version it was computed from; a stale version fails
 * with 412 and changes nothing, a missing resource fails with 404.
 */
public abstract class VersionTck extends StoreTck {

  @Test
  void updateWithTheCurrentVersionSucceedsAndAdvancesIt() {
    ScimResource v1 = users().create(tenantA, user(idOf("u"), "u"));
    ScimResource v2 = users().update(tenantA,
        ResourceUpdate.replace(withText(v1, "displayName", "Two"), "1"));
    ScimResource v3 = users().update(tenantA,
        ResourceUpdate.replace(withText(v2, "displayName", "Three"), "2"));

    assertThat(TckResources.versionOf(v3)).isEqualTo("3");
    assertThat(users().get(tenantA, idOf("u"), true)).contains(v3);
  }

  @Test
  void updateWithAStaleVersionFailsAndChangesNothing() {
    ScimResource v1 = users().create(tenantA, user(idOf("u"), "u"));
    ScimResource v2 = users().update(tenantA,
        ResourceUpdate.replace(withText(v1, "displayName", "Two"), "1"));

    assertScimError(() -> users().update(tenantA,
        ResourceUpdate.replace(withText(v1, "displayName", "Lost update"), "1")), 412, null);
    assertScimError(() -> users().update(tenantA,
        ResourceUpdate.replace(withText(v2, "displayName", "Future"), "7")), 412, null);

    assertThat(users().get(tenantA, idOf("u"), true)).contains(v2);
  }

  @Test
  void memberChangesWithAStaleVersionFailAndChangeNothing() {
    ScimResource v1 =
        groups().create(tenantA, TckResources.group(idOf("g"), "G", idOf("ann")));
    groups().update(tenantA, ResourceUpdate.replace(nextVersion(v1), "1"));

    assertScimError(() -> groups().update(tenantA, new ResourceUpdate(
        nextVersion(membersDropped(v1)), "1", false,
        List.of(new MembershipChange.Add(List.of(MemberRef.of(idOf("ben"))))))), 412, null);

    assertThat(TckResources.memberIds(groups().get(tenantA, idOf("g"), true).orElseThrow()))
        .containsExactly(idOf("ann"));
    assertThat(memberships().groupsOf(tenantA, idOf("ben"))).isEmpty();
  }

  @Test
  void deleteWithAStaleVersionFailsAndKeepsTheResource() {
    ScimResource v1 = users().create(tenantA, user(idOf("u"), "u"));
    ScimResource v2 = users().update(tenantA,
        ResourceUpdate.replace(withText(v1, "displayName", "Two"), "1"));

    assertScimError(() -> users().delete(tenantA, idOf("u"), "1"), 412, null);

    assertThat(users().get(tenantA, idOf("u"), true)).contains(v2);
    users().delete(tenantA, idOf("u"), "2");
    assertThat(users().get(tenantA, idOf("u"), true)).isEmpty();
  }

  @Test
  void writesToAMissingResourceAreNotFound() {
    ScimResource ghost = user(idOf("ghost"), "ghost");

    assertScimError(() -> users().update(tenantA,
        ResourceUpdate.replace(withText(ghost, "displayName", "Boo"), "1")), 404, null);
    assertScimError(() -> users().delete(tenantA, idOf("ghost"), "1"), 404, null);
    assertScimError(() -> users().delete(tenantA, idOf("ghost"), null), 404, null);
    assertThat(users().get(tenantA, idOf("ghost"), true)).isEmpty();
  }

  @Test
  void writesAfterDeleteAreNotFound() {
    ScimResource v1 = users().create(tenantA, user(idOf("u"), "u"));
    users().delete(tenantA, idOf("u"), "1");

    assertScimError(() -> users().update(tenantA,
        ResourceUpdate.replace(withText(v1, "displayName", "Late"), "1")), 404, null);
    assertScimError(() -> users().delete(tenantA, idOf("u"), "1"), 404, null);
  }
}
