package io.scimitar.store.tck;

import static io.scimitar.store.tck.TckResources.group;
import static io.scimitar.store.tck.TckResources.idOf;
import static io.scimitar.store.tck.TckResources.memberIds;
import static io.scimitar.store.tck.TckResources.nextVersion;
import static io.scimitar.store.tck.TckResources.prepared;
import static io.scimitar.store.tck.TckResources.user;
import static io.scimitar.store.tck.TckResources.withText;
import static io.scimitar.store.tck.TckResources.withoutMembers;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.core.spi.ResourceUpdate;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Create, read, replace and delete: resources come back exactly as stored (every attribute,
 * extension attributes under their URN, id and metadata untouched), and a replace replaces.
 */
public abstract class CrudTck extends StoreTck {

  /** A user with every kind of attribute: complex, multi-valued, boolean, extension. */
  static ObjectNode fullUserTree() {
    ObjectNode tree = TckResources.tree(BuiltInSchemas.USER, BuiltInSchemas.ENTERPRISE_USER);
    tree.put("externalId", "701984");
    tree.put("userName", "bjensen@example.com");
    ObjectNode name = tree.putObject("name");
    name.put("formatted", "Ms. Barbara J Jensen, III");
    name.put("familyName", "Jensen");
    name.put("givenName", "Barbara");
    tree.put("displayName", "Babs Jensen");
    tree.put("active", true);
    var emails = tree.putArray("emails");
    emails.addObject().put("value", "bjensen@example.com").put("type", "work").put("primary", true);
    emails.addObject().put("value", "babs@jensen.org").put("type", "home");
    var addresses = tree.putArray("addresses");
    addresses.addObject().put("type", "work").put("streetAddress", "100 Universal City Plaza")
        .put("locality", "Hollywood").put("region", "CA").put("postalCode", "91608")
        .put("country", "USA").put("primary", true);
    tree.putArray("roles").addObject().put("value", "admin").put("display", "Administrator");
    ObjectNode enterprise = tree.putObject(BuiltInSchemas.ENTERPRISE_USER);
    enterprise.put("employeeNumber", "701984");
    enterprise.put("department", "Tour Operations");
    enterprise.putObject("manager").put("value", idOf("manager")).put("displayName", "John Smith");
    return tree;
  }

  @Test
  void createThenGetReturnsTheResourceExactly() {
    Instant created = Instant.parse("2024-05-06T07:08:09Z");
    ScimResource user = prepared("User", idOf("bjensen"), fullUserTree(), "1", created, created);

    ScimResource stored = users().create(tenantA, user);

    assertThat(stored.view()).isEqualTo(user.view());
    assertThat(users().get(tenantA, idOf("bjensen"), true)).map(ScimResource::view)
        .contains(user.view());
    assertThat(users().get(tenantA, idOf("bjensen"), false)).map(ScimResource::view)
        .as("membersWanted does not change a user").contains(user.view());
  }

  @Test
  void getOfAnUnknownIdIsEmpty() {
    assertThat(users().get(tenantA, idOf("nobody"), true)).isEmpty();
  }

  @Test
  void resourceTypesAreSeparate() {
    users().create(tenantA, user(idOf("u1"), "u1"));

    assertThat(groups().get(tenantA, idOf("u1"), true)).isEmpty();
    assertThat(ids(queryAll(groups(), tenantA, null, null))).isEmpty();
  }

  @Test
  void storageHasNoStoreForAnUnknownType() {
    assertThat(storage().store("Printer")).isEmpty();
  }

  @Test
  void replaceStoresTheNewStateAndDropsRemovedAttributes() {
    ScimResource v1 = users().create(tenantA,
        prepared("User", idOf("bjensen"), fullUserTree(), "1", TckResources.CREATED,
            TckResources.CREATED));
    ObjectNode changed = v1.toJson();
    changed.put("displayName", "Barbara Jensen");
    changed.remove("emails");
    changed.remove(BuiltInSchemas.ENTERPRISE_USER);
    ScimResource v2 = nextVersion(v1, changed);

    ScimResource stored = users().update(tenantA, ResourceUpdate.replace(v2, "1"));

    assertThat(stored.view()).isEqualTo(v2.view());
    ScimResource read = users().get(tenantA, idOf("bjensen"), true).orElseThrow();
    assertThat(read.view()).isEqualTo(v2.view());
    assertThat(read.view().has("emails")).isFalse();
    assertThat(read.meta().orElseThrow().version()).isEqualTo("2");
  }

  @Test
  void deleteRemovesTheResource() {
    users().create(tenantA, user(idOf("gone"), "gone"));
    users().create(tenantA, user(idOf("kept"), "kept"));

    users().delete(tenantA, idOf("gone"), "1");

    assertThat(users().get(tenantA, idOf("gone"), true)).isEmpty();
    assertThat(users().get(tenantA, idOf("kept"), true)).isPresent();
    assertThat(ids(queryAll(users(), tenantA, null, null))).containsExactly(idOf("kept"));
  }

  @Test
  void deleteWithoutVersionIsUnconditional() {
    ScimResource v1 = users().create(tenantA, user(idOf("u"), "u"));
    users().update(tenantA, ResourceUpdate.replace(withText(v1, "displayName", "U"), "1"));

    users().delete(tenantA, idOf("u"), null);

    assertThat(users().get(tenantA, idOf("u"), true)).isEmpty();
  }

  @Test
  void anIdCanBeReusedAfterDelete() {
    users().create(tenantA, user(idOf("u"), "first"));
    users().delete(tenantA, idOf("u"), "1");

    users().create(tenantA, user(idOf("u"), "second"));

    assertThat(users().get(tenantA, idOf("u"), true).orElseThrow().text("userName"))
        .contains("second");
  }

  @Test
  void creatingAnExistingIdIsAUniquenessConflict() {
    users().create(tenantA, user(idOf("u"), "first"));

    assertScimError(() -> users().create(tenantA, user(idOf("u"), "second")),
        409, ScimType.UNIQUENESS);
    assertThat(users().get(tenantA, idOf("u"), true).orElseThrow().text("userName"))
        .contains("first");
  }

  @Test
  void groupRoundTripKeepsEveryMemberField() {
    ObjectNode tree = TckResources.groupTree("Tour Guides");
    var members = tree.putArray("members");
    members.addObject().put("value", idOf("babs")).put("$ref", "https://example.com/v2/Users/b")
        .put("display", "Babs Jensen").put("type", "User");
    members.addObject().put("value", idOf("mandy")).put("display", "Mandy Pepperidge")
        .put("type", "User");
    members.addObject().put("value", idOf("subgroup")).put("type", "Group");
    ScimResource group = prepared("Group", idOf("guides"), tree);

    ScimResource stored = groups().create(tenantA, group);
    ScimResource read = groups().get(tenantA, idOf("guides"), true).orElseThrow();

    for (ScimResource actual : new ScimResource[] {stored, read}) {
      assertThat(withoutMembers(actual)).isEqualTo(withoutMembers(group));
      assertThat(actual.view().get("members"))
          .containsExactlyInAnyOrderElementsOf(group.view().get("members"));
    }
  }

  @Test
  void groupWithoutMembersReadsBackWithNone() {
    groups().create(tenantA, group(idOf("empty"), "Empty"));

    ScimResource read = groups().get(tenantA, idOf("empty"), true).orElseThrow();

    assertThat(read.view().path("members").size()).isZero();
    assertThat(memberIds(read)).isEmpty();
  }
}
