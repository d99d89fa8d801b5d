package io.scimitar.store.tck;

import static io.scimitar.store.tck.TckResources.group;
import static io.scimitar.store.tck.TckResources.idOf;
import static io.scimitar.store.tck.TckResources.memberIds;
import static io.scimitar.store.tck.TckResources.nextVersion;
import static io.scimitar.store.tck.TckResources.user;
import static io.scimitar.store.tck.TckResources.withText;
import static org.assertj.core.api.Assertions.assertThat;

import io.scimitar.core.patch.MemberRef;
import io.scimitar.core.patch.MembershipChange;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.spi.PageRequest;
import io.scimitar.core.spi.ResourceUpdate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tenants are separate worlds: tenant A never sees, updates or deletes tenant B's resources,
 * even under the same id, and uniqueness is per tenant.
 */
public abstract class TenantIsolationTck extends StoreTck {

  @Test
  void sameIdInTwoTenantsHoldsTwoResources() {
    users().create(tenantA, user(idOf("u"), "in-a"));
    users().create(tenantB, user(idOf("u"), "in-b"));

    assertThat(users().get(tenantA, idOf("u"), true).orElseThrow().text("userName"))
        .contains("in-a");
    assertThat(users().get(tenantB, idOf("u"), true).orElseThrow().text("userName"))
        .contains("in-b");
  }

  @Test
  void aTenantSeesNothingOfAnother() {
    users().create(tenantA, user(idOf("only-a"), "only-a"));
    groups().create(tenantA, group(idOf("group-a"), "Group A", idOf("only-a")));

    assertThat(users().get(tenantB, idOf("only-a"), true)).isEmpty();
    assertThat(groups().get(tenantB, idOf("group-a"), true)).isEmpty();
    assertThat(ids(queryAll(users(), tenantB, null, null))).isEmpty();
    assertThat(queryAll(users(), tenantB, filter("User", "userName eq \"only-a\""), null)
        .totalResults()).isZero();
    assertThat(query(users(), tenantB, null, null, new PageRequest.Cursor(null, 10), true)
        .resources()).isEmpty();
    assertThat(memberships().groupsOf(tenantB, idOf("only-a"))).isEmpty();
  }

  @Test
  void aTenantCannotUpdateOrDeleteAnothersResource() {
    ScimResource inA = users().create(tenantA, user(idOf("only-a"), "only-a"));

    assertScimError(() -> users().update(tenantB,
        ResourceUpdate.replace(withText(inA, "displayName", "hijacked"), "1")), 404, null);
    assertScimError(() -> users().delete(tenantB, idOf("only-a"), "1"), 404, null);
    assertScimError(() -> users().delete(tenantB, idOf("only-a"), null), 404, null);

    assertThat(users().get(tenantA, idOf("only-a"), true)).contains(inA);
  }

  @Test
  void writesUnderASharedIdStayInTheirTenant() {
    ScimResource inA = users().create(tenantA, user(idOf("u"), "same"));
    users().create(tenantB, user(idOf("u"), "same"));

    users().update(tenantB, ResourceUpdate.replace(withText(inA, "displayName", "B's"), "1"));
    assertThat(users().get(tenantA, idOf("u"), true)).contains(inA);

    users().delete(tenantB, idOf("u"), "2");
    assertThat(users().get(tenantA, idOf("u"), true)).contains(inA);
    assertThat(users().get(tenantB, idOf("u"), true)).isEmpty();
  }

  @Test
  void sameUserNameIsAllowedInTwoTenants() {
    users().create(tenantA, user(idOf("a"), "bjensen"));
    users().create(tenantB, user(idOf("b"), "BJENSEN"));

    assertThat(ids(queryAll(users(), tenantA, filter("User", "userName eq \"bjensen\""), null)))
        .containsExactly(idOf("a"));
    assertThat(ids(queryAll(users(), tenantB, filter("User", "userName eq \"bjensen\""), null)))
        .containsExactly(idOf("b"));
  }

  @Test
  void membershipStaysInItsTenant() {
    users().create(tenantA, user(idOf("u"), "u"));
    users().create(tenantB, user(idOf("u"), "u"));
    ScimResource groupA = groups().create(tenantA, group(idOf("g"), "G", idOf("u")));
    groups().create(tenantB, group(idOf("g"), "G", idOf("u")));

    users().delete(tenantB, idOf("u"), null);
    ScimResource stripped = TckResources.membersDropped(groupA);
    groups().update(tenantA, new ResourceUpdate(nextVersion(stripped), "1", false,
        List.of(new MembershipChange.Add(List.of(MemberRef.of(idOf("other")))))));

    assertThat(memberIds(groups().get(tenantA, idOf("g"), true).orElseThrow()))
        .containsExactlyInAnyOrder(idOf("u"), idOf("other"));
    assertThat(memberIds(groups().get(tenantB, idOf("g"), true).orElseThrow())).isEmpty();
    assertThat(memberships().groupsOf(tenantA, idOf("u"))).hasSize(1);
    assertThat(memberships().groupsOf(tenantB, idOf("u"))).isEmpty();
  }
}
