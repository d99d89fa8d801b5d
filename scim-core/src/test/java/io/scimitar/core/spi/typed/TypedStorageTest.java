package io.scimitar.core.spi.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.patch.MemberRef;
import io.scimitar.core.patch.MembershipChange;
import io.scimitar.core.resource.EnterpriseUser;
import io.scimitar.core.resource.Group;
import io.scimitar.core.resource.Member;
import io.scimitar.core.resource.Meta;
import io.scimitar.core.resource.MultiValue;
import io.scimitar.core.resource.Name;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.resource.User;
import io.scimitar.core.spi.GroupRef;
import io.scimitar.core.spi.PageRequest;
import io.scimitar.core.spi.QueryResult;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceQuery;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.ResourceUpdate;
import io.scimitar.core.spi.Storage;
import io.scimitar.core.spi.StoreCapabilities;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TypedStorageTest {
  private static final RequestContext TENANT = RequestContext.of("t1", "test");
  private static final RequestContext OTHER_TENANT = RequestContext.of("t2", "test");
  private static final Instant CREATED = Instant.parse("2024-01-01T00:00:00Z");

  private final MapUserStore users = new MapUserStore();
  private final MapGroupStore groups = new MapGroupStore();
  private final TypedStorage storage = TypedStorage.of(users, groups);

  private static Meta meta(String type, String version) {
    return new Meta(type, CREATED, CREATED.plusSeconds(Long.parseLong(version)), null, version);
  }

  private static ScimResource user(String id, String userName, String version) {
    return User.builder().id(id).userName(userName).meta(meta("User", version)).build()
        .toResource();
  }

  private static ScimResource group(String id, String version, String... memberIds) {
    Group.Builder group = Group.builder().id(id).displayName("Group " + id)
        .meta(meta("Group", version));
    for (String memberId : memberIds) {
      group.addMember(Member.of(memberId, "User"));
    }
    return group.build().toResource();
  }

  private static List<String> memberIds(ScimResource group) {
    return Group.fromResource(group).members().stream().map(Member::value).toList();
  }

  private ResourceStore userStore() {
    return storage.store("User").orElseThrow();
  }

  private ResourceStore groupStore() {
    return storage.store("Group").orElseThrow();
  }

  @Test
  void storesAreFoundByTypeNameInAnyCase() {
    assertThat(storage.store("user")).get().extracting(ResourceStore::resourceType)
        .isEqualTo("User");
    assertThat(storage.store("GROUP")).get().extracting(ResourceStore::resourceType)
        .isEqualTo("Group");
    assertThat(storage.store("Printer")).isEmpty();
  }

  @Test
  void hostTypesAreServedBesideUsersAndGroups() {
    ResourceStore devices = userStoreNamed("Device");

    TypedStorage withDevices = TypedStorage.of(users, groups, devices);

    assertThat(withDevices.store("device")).containsSame(devices);
  }

  @Test
  void aHostTypeCannotShadowUsersOrRepeat() {
    assertThatThrownBy(() -> TypedStorage.of(users, groups, userStoreNamed("user")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user");
    assertThatThrownBy(() -> TypedStorage.of(
        users, groups, userStoreNamed("Device"), userStoreNamed("DEVICE")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DEVICE");
  }

  /** A generic store that only has a name, standing in for a host type's store. */
  private ResourceStore userStoreNamed(String name) {
    ResourceStore users = TypedStorage.of(new MapUserStore(), new MapGroupStore())
        .store("User").orElseThrow();
    return new ResourceStore() {
      @Override
      public String resourceType() {
        return name;
      }

      @Override
      public StoreCapabilities capabilities() {
        return users.capabilities();
      }

      @Override
      public ScimResource create(RequestContext context, ScimResource resource) {
        return users.create(context, resource);
      }

      @Override
      public Optional<ScimResource> get(
          RequestContext context, String id, boolean membersWanted) {
        return users.get(context, id, membersWanted);
      }

      @Override
      public ScimResource update(RequestContext context, ResourceUpdate update) {
        return users.update(context, update);
      }

      @Override
      public void delete(RequestContext context, String id, String expectedVersion) {
        users.delete(context, id, expectedVersion);
      }

      @Override
      public QueryResult query(RequestContext context, ResourceQuery query) {
        return users.query(context, query);
      }
    };
  }

  @Test
  void aUserRoundTripsExactlyThroughTheTypedStore() {
    User typed = User.builder().id("u1").userName("bjensen").externalId("ext-1")
        .name(Name.of("Barbara", "Jensen")).active(true)
        .emails(List.of(MultiValue.of("bjensen@example.com", "work", true)))
        .enterprise(new EnterpriseUser("701984", null, null, null, "Tour", null, Map.of()))
        .otherAttribute("urn:example:host:1.0:User",
            JsonNodeFactory.instance.objectNode().put("badge", "B-7"))
        .meta(meta("User", "1")).build();
    ScimResource resource = typed.toResource();

    ScimResource created = userStore().create(TENANT, resource);

    assertThat(created).isEqualTo(resource);
    assertThat(userStore().get(TENANT, "u1", false)).contains(resource);
    assertThat(userStore().get(OTHER_TENANT, "u1", true)).isEmpty();
  }

  @Test
  void aUserUpdateReachesTheStoreWithItsExpectedVersion() {
    userStore().create(TENANT, user("u1", "bjensen", "1"));
    ScimResource renamed = user("u1", "babs", "2");

    ScimResource stored = userStore().update(TENANT, ResourceUpdate.replace(renamed, "1"));

    assertThat(stored).isEqualTo(renamed);
    ScimException stale = (ScimException) catchThrowable(
        () -> userStore().update(TENANT, ResourceUpdate.replace(user("u1", "late", "2"), "1")));
    assertThat(stale.status()).isEqualTo(412);
  }

  @Test
  void memberChangesToAUserAreRejected() {
    userStore().create(TENANT, user("u1", "bjensen", "1"));
    ResourceUpdate nonsense = new ResourceUpdate(user("u1", "bjensen", "2"), "1", false,
        List.of(new MembershipChange.RemoveAll()));

    assertThatThrownBy(() -> userStore().update(TENANT, nonsense))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no members");
  }

  @Test
  void deletingAUserRemovesItFromEveryGroupAfterwards() {
    userStore().create(TENANT, user("u1", "ann", "1"));
    userStore().create(TENANT, user("u2", "ben", "1"));
    groupStore().create(TENANT, group("g1", "1", "u1", "u2"));
    groupStore().create(TENANT, group("g2", "1", "u1"));

    userStore().delete(TENANT, "u1", "1");

    assertThat(users.deleted()).containsExactly("u1");
    assertThat(groups.removedEverywhere()).containsExactly("u1");
    assertThat(storage.memberships().groupsOf(TENANT, "u1")).isEmpty();
    assertThat(storage.memberships().groupsOf(TENANT, "u2"))
        .containsExactly(new GroupRef("g1", "Group g1"));
  }

  @Test
  void aFailedDeleteLeavesMembershipsAlone() {
    userStore().create(TENANT, user("u1", "ann", "1"));
    groupStore().create(TENANT, group("g1", "1", "u1"));

    assertThatThrownBy(() -> userStore().delete(TENANT, "u1", "7"))
        .isInstanceOf(ScimException.class);
    assertThatThrownBy(() -> userStore().delete(TENANT, "nobody", null))
        .isInstanceOf(ScimException.class);

    assertThat(groups.removedEverywhere()).isEmpty();
    assertThat(storage.memberships().groupsOf(TENANT, "u1")).hasSize(1);
  }

  @Test
  void deletingAGroupRemovesItFromItsParents() {
    groupStore().create(TENANT, group("child", "1", "u1"));
    groupStore().create(TENANT, group("parent", "1", "child"));

    groupStore().delete(TENANT, "child", "1");

    assertThat(groups.removedEverywhere()).containsExactly("child");
    assertThat(memberIds(groupStore().get(TENANT, "parent", true).orElseThrow())).isEmpty();
  }

  @Test
  void memberLevelUpdatesReachUpdateMembersInOrder() {
    groupStore().create(TENANT, group("g1", "1", "u1"));
    List<MembershipChange> changes = List.of(
        new MembershipChange.Add(List.of(new MemberRef("u2", "Ben", "User", null))),
        new MembershipChange.Remove(Set.of("u1")));
    ScimResource withoutMembers = group("g1", "2");

    ScimResource stored = groupStore().update(TENANT,
        new ResourceUpdate(withoutMembers, "1", false, changes));

    assertThat(stored).isEqualTo(withoutMembers);
    assertThat(groups.memberChanges()).containsExactly(changes);
    ScimResource read = groupStore().get(TENANT, "g1", true).orElseThrow();
    assertThat(Group.fromResource(read).members())
        .containsExactly(new Member("u2", null, "User", "Ben", Map.of()));
  }

  @Test
  void fullReplacementsReachUpdate() {
    groupStore().create(TENANT, group("g1", "1", "u1"));

    groupStore().update(TENANT, ResourceUpdate.replace(group("g1", "2", "u3"), "1"));

    assertThat(groups.memberChanges()).isEmpty();
    assertThat(memberIds(groupStore().get(TENANT, "g1", true).orElseThrow()))
        .containsExactly("u3");
  }

  @Test
  void readsWithoutMembersCarryNoneEvenIfTheStoreSendsThem() {
    groups.returnMembersAlways();
    groupStore().create(TENANT, group("g1", "1", "u1"));

    ScimResource read = groupStore().get(TENANT, "g1", false).orElseThrow();
    QueryResult page = groupStore().query(TENANT,
        new ResourceQuery(null, null, new PageRequest.Index(1, 10), false));

    assertThat(read.view().has("members")).isFalse();
    assertThat(page.resources()).singleElement()
        .satisfies(g -> assertThat(g.view().has("members")).isFalse());
    assertThat(memberIds(groupStore().get(TENANT, "g1", true).orElseThrow()))
        .containsExactly("u1");
  }

  @Test
  void queriesReturnTheStoresPage() {
    userStore().create(TENANT, user("u2", "ben", "1"));
    userStore().create(TENANT, user("u1", "ann", "1"));
    userStore().create(TENANT, user("u3", "cat", "1"));

    QueryResult page = userStore().query(TENANT,
        new ResourceQuery(null, null, new PageRequest.Index(1, 2), true));

    assertThat(page.totalResults()).isEqualTo(3);
    assertThat(page.resources()).containsExactly(user("u1", "ann", "1"), user("u2", "ben", "1"));
  }

  @Test
  void usersInFrontOfAnotherStorageLeaveGroupsToIt() {
    Storage others = TypedStorage.of(new MapUserStore(), groups);
    TypedStorage combined = TypedStorage.of(users, others);
    ResourceStore combinedUsers = combined.store("User").orElseThrow();
    combinedUsers.create(TENANT, user("u1", "ann", "1"));

    assertThat(combined.store("Group")).containsSame(others.store("Group").orElseThrow());
    assertThat(combined.store("Printer")).isEmpty();
    assertThat(users.get(TENANT, "u1")).isPresent();
    assertThat(others.store("User").orElseThrow().get(TENANT, "u1", true)).isEmpty();
  }

  @Test
  void usersInFrontOfAnotherStorageAreRemovedFromItsGroupsOneChangeEach() {
    Storage others = TypedStorage.of(new MapUserStore(), groups);
    TypedStorage combined = TypedStorage.of(users, others);
    combined.store("User").orElseThrow().create(TENANT, user("u1", "ann", "1"));
    ResourceStore otherGroups = others.store("Group").orElseThrow();
    otherGroups.create(TENANT, group("g1", "4", "u1", "u2"));
    otherGroups.create(TENANT, group("g2", "1", "u1"));
    groups.injectConflicts(2);

    combined.store("User").orElseThrow().delete(TENANT, "u1", null);

    assertThat(combined.memberships().groupsOf(TENANT, "u1")).isEmpty();
    ScimResource g1 = otherGroups.get(TENANT, "g1", true).orElseThrow();
    assertThat(memberIds(g1)).containsExactly("u2");
    assertThat(g1.meta().orElseThrow().version()).as("the group keeps its version").isEqualTo("4");
    assertThat(groups.memberChanges()).containsOnly(
        List.of(new MembershipChange.Remove(Set.of("u1"))));
    assertThat(groups.removedEverywhere()).isEmpty();
  }
}
