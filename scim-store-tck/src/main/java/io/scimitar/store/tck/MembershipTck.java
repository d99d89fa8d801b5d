package io.scimitar.store.tck;

import static io.scimitar.store.tck.TckResources.group;
import static io.scimitar.store.tck.TckResources.idOf;
import static io.scimitar.store.tck.TckResources.memberIds;
import static io.scimitar.store.tck.TckResources.membersDropped;
import static io.scimitar.store.tck.TckResources.nextVersion;
import static io.scimitar.store.tck.TckResources.user;
import static io.scimitar.store.tck.TckResources.versionOf;
import static io.scimitar.store.tck.TckResources.withoutMembers;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.patch.MemberRef;
import io.scimitar.core.patch.MembershipChange;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.spi.GroupRef;
import io.scimitar.core.spi.PageRequest;
import io.scimitar.core.spi.QueryResult;
import io.scimitar.core.spi.ResourceUpdate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Group membership: member-level changes ({@link MembershipChange}) applied without touching
 * the rest of the group, full replacement, the reverse index ({@code groupsOf}), cascades on
 * delete, and reads that skip members ({@code membersWanted} false).
 */
public abstract class MembershipTck extends StoreTck {
  private static final List<String> PEOPLE = List.of("ann", "ben", "cat", "dan", "eve");

  @BeforeEach
  void seed() {
    PEOPLE.forEach(name -> users().create(tenantA, user(idOf(name), name)));
  }

  private ScimResource readGroup(String name) {
    return groups().get(tenantA, idOf(name), true).orElseThrow();
  }

  /** Applies member changes the way the service does: from a read without members. */
  private ScimResource change(String groupName, MembershipChange... changes) {
    ScimResource current = groups().get(tenantA, idOf(groupName), false).orElseThrow();
    ScimResource next = nextVersion(current);
    return groups().update(tenantA,
        new ResourceUpdate(next, versionOf(current), false, List.of(changes)));
  }

  private static MembershipChange add(String... names) {
    return new MembershipChange.Add(refs(names));
  }

  private static List<MemberRef> refs(String... names) {
    return Arrays.stream(names).map(name -> MemberRef.of(idOf(name))).toList();
  }

  private static List<String> idsOf(String... names) {
    return Directory.idsOf(List.of(names));
  }

  @Test
  void addAppendsMembersAndKeepsTheOthers() {
    groups().create(tenantA, group(idOf("g"), "G", idOf("ann")));

    ScimResource updated = change("g", add("ben", "cat"));

    assertThat(versionOf(updated)).isEqualTo("2");
    assertThat(memberIds(readGroup("g"))).containsExactlyInAnyOrderElementsOf(
        idsOf("ann", "ben", "cat"));
    assertThat(versionOf(readGroup("g"))).isEqualTo("2");
  }

  @Test
  void addingAnExistingMemberIsANoOp() {
    ObjectNode tree = TckResources.groupTree("G");
    tree.putArray("members").addObject().put("value", idOf("ann")).put("display", "Ann");
    groups().create(tenantA, TckResources.prepared("Group", idOf("g"), tree));

    change("g", new MembershipChange.Add(List.of(
        new MemberRef(idOf("ann"), "Someone Else", "User", null), MemberRef.of(idOf("ben")))));

    ScimResource read = readGroup("g");
    assertThat(memberIds(read)).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(idsOf("ann", "ben"));
    assertThat(read.view().get("members")).anySatisfy(member -> {
      assertThat(member.path("value").asText()).isEqualTo(idOf("ann"));
      assertThat(member.path("display").asText()).isEqualTo("Ann");
    });
  }

  @Test
  void removeDropsOnlyTheNamedMembersAndIgnoresStrangers() {
    groups().create(tenantA, group(idOf("g"), "G", idOf("ann"), idOf("ben"), idOf("cat")));

    change("g", new MembershipChange.Remove(Set.of(idOf("ben"), idOf("stranger"))));

    assertThat(memberIds(readGroup("g"))).containsExactlyInAnyOrderElementsOf(
        idsOf("ann", "cat"));
  }

  @Test
  void replaceAllMakesTheMembershipExactlyTheList() {
    groups().create(tenantA, group(idOf("g"), "G", idOf("ann"), idOf("ben")));

    change("g", new MembershipChange.ReplaceAll(refs("ben", "dan", "eve")));

    assertThat(memberIds(readGroup("g"))).containsExactlyInAnyOrderElementsOf(
        idsOf("ben", "dan", "eve"));
    assertThat(groupNames("ann")).isEmpty();
    assertThat(groupNames("dan")).containsExactly("G");
  }

  @Test
  void removeAllEmptiesTheGroup() {
    groups().create(tenantA, group(idOf("g"), "G", idOf("ann"), idOf("ben")));

    change("g", new MembershipChange.RemoveAll());

    assertThat(memberIds(readGroup("g"))).isEmpty();
    assertThat(groupNames("ann")).isEmpty();
  }

  @Test
  void changesApplyInOrderWithinOneUpdate() {
    groups().create(tenantA, group(idOf("g"), "G", idOf("ann")));

    change("g", new MembershipChange.RemoveAll(), add("ben", "cat"),
        new MembershipChange.Remove(Set.of(idOf("cat"))), add("dan"));

    assertThat(memberIds(readGroup("g"))).containsExactlyInAnyOrderElementsOf(
        idsOf("ben", "dan"));
  }

  @Test
  void memberChangesStoreTheOtherAttributesAsGiven() {
    groups().create(tenantA, group(idOf("g"), "G", idOf("ann")));
    ScimResource current = groups().get(tenantA, idOf("g"), false).orElseThrow();
    ObjectNode renamed = current.toJson();
    renamed.put("displayName", "Renamed");
    ScimResource next = nextVersion(current, renamed);

    groups().update(tenantA, new ResourceUpdate(next, "1", false, List.of(add("ben"))));

    ScimResource read = readGroup("g");
    assertThat(withoutMembers(read)).isEqualTo(next.view());
    assertThat(memberIds(read)).containsExactlyInAnyOrderElementsOf(idsOf("ann", "ben"));
  }

  @Test
  void anUpdateWithoutMemberChangesKeepsTheMembers() {
    groups().create(tenantA, group(idOf("g"), "G", idOf("ann"), idOf("ben")));

    change("g");

    assertThat(memberIds(readGroup("g"))).containsExactlyInAnyOrderElementsOf(
        idsOf("ann", "ben"));
    assertThat(versionOf(readGroup("g"))).isEqualTo("2");
  }

  @Test
  void fullReplaceReplacesTheMembers() {
    ScimResource v1 = groups().create(tenantA, group(idOf("g"), "G", idOf("ann"), idOf("ben")));
    ObjectNode tree = withoutMembers(v1);
    tree.putArray("members").addObject().put("value", idOf("cat"));

    groups().update(tenantA, ResourceUpdate.replace(nextVersion(v1, tree), "1"));

    assertThat(memberIds(readGroup("g"))).containsExactly(idOf("cat"));
    assertThat(groupNames("ann")).isEmpty();
    assertThat(groupNames("cat")).containsExactly("G");
  }

  @Test
  void fullReplaceWithoutMembersRemovesThemAll() {
    ScimResource v1 = groups().create(tenantA, group(idOf("g"), "G", idOf("ann")));

    groups().update(tenantA, ResourceUpdate.replace(nextVersion(membersDropped(v1)), "1"));

    assertThat(memberIds(readGroup("g"))).isEmpty();
    assertThat(groupNames("ann")).isEmpty();
  }

  @Test
  void groupsOfListsEveryGroupThatDirectlyContainsAMember() {
    groups().create(tenantA, group(idOf("g1"), "One", idOf("ann"), idOf("ben")));
    groups().create(tenantA, group(idOf("g2"), "Two", idOf("ann")));
    groups().create(tenantA, group(idOf("parent"), "Parent", idOf("g1")));

    List<GroupRef> ofAnn = memberships().groupsOf(tenantA, idOf("ann"));

    assertThat(ofAnn).containsExactlyInAnyOrder(
        new GroupRef(idOf("g1"), "One"), new GroupRef(idOf("g2"), "Two"));
    assertThat(memberships().groupsOf(tenantA, idOf("ann"))).as("a stable order")
        .containsExactlyElementsOf(ofAnn);
    assertThat(groupNames("g1")).containsExactly("Parent");
    assertThat(groupNames("cat")).isEmpty();
  }

  @Test
  void groupsOfFollowsMemberChanges() {
    groups().create(tenantA, group(idOf("g"), "G"));
    change("g", add("ann"));
    assertThat(groupNames("ann")).containsExactly("G");

    change("g", new MembershipChange.Remove(Set.of(idOf("ann"))));
    assertThat(groupNames("ann")).isEmpty();
  }

  @Test
  void groupsOfShowsTheCurrentDisplayName() {
    ScimResource v1 = groups().create(tenantA, group(idOf("g"), "Before", idOf("ann")));
    ObjectNode renamed = v1.toJson();
    renamed.put("displayName", "After");

    groups().update(tenantA, ResourceUpdate.replace(nextVersion(v1, renamed), "1"));

    assertThat(groupNames("ann")).containsExactly("After");
  }

  @Test
  void deletingAUserRemovesItFromEveryGroup() {
    groups().create(tenantA, group(idOf("g1"), "One", idOf("ann"), idOf("ben")));
    groups().create(tenantA, group(idOf("g2"), "Two", idOf("ann"), idOf("cat")));

    users().delete(tenantA, idOf("ann"), "1");

    assertThat(memberIds(readGroup("g1"))).containsExactly(idOf("ben"));
    assertThat(memberIds(readGroup("g2"))).containsExactly(idOf("cat"));
    assertThat(memberships().groupsOf(tenantA, idOf("ann"))).isEmpty();
    assertThat(ids(queryAll(groups(), tenantA,
        filter("Group", "members[value eq \"" + idOf("ann") + "\"]"), null))).isEmpty();
  }

  @Test
  void deletingAGroupRemovesItsRowsBothWays() {
    groups().create(tenantA, group(idOf("g"), "G", idOf("ann"), idOf("ben")));
    groups().create(tenantA, group(idOf("parent"), "Parent", idOf("g"), idOf("cat")));

    groups().delete(tenantA, idOf("g"), "1");

    assertThat(groupNames("ann")).isEmpty();
    assertThat(groupNames("ben")).isEmpty();
    assertThat(memberIds(readGroup("parent"))).containsExactly(idOf("cat"));
    assertThat(groupNames("g")).isEmpty();
  }

  @Test
  void aRecreatedGroupStartsWithOnlyItsOwnMembers() {
    groups().create(tenantA, group(idOf("g"), "G", idOf("ann"), idOf("ben")));
    groups().delete(tenantA, idOf("g"), "1");

    groups().create(tenantA, group(idOf("g"), "G", idOf("cat")));

    assertThat(memberIds(readGroup("g"))).containsExactly(idOf("cat"));
  }

  @Test
  void getWithoutMembersReturnsTheGroupWithoutMembers() {
    ScimResource created =
        groups().create(tenantA, group(idOf("g"), "G", idOf("ann"), idOf("ben")));

    ScimResource read = groups().get(tenantA, idOf("g"), false).orElseThrow();

    assertThat(read.view().has("members")).isFalse();
    assertThat(read.view()).isEqualTo(withoutMembers(created));
  }

  @Test
  void queryWithoutMembersReturnsGroupsWithoutMembers() {
    groups().create(tenantA, group(idOf("g1"), "One", idOf("ann")));
    groups().create(tenantA, group(idOf("g2"), "Two", idOf("ben")));

    QueryResult withMembers =
        query(groups(), tenantA, null, null, new PageRequest.Index(1, 10), true);
    QueryResult without =
        query(groups(), tenantA, null, null, new PageRequest.Index(1, 10), false);

    assertThat(withMembers.resources()).allSatisfy(g -> assertThat(memberIds(g)).hasSize(1));
    assertThat(without.resources()).hasSize(2)
        .allSatisfy(g -> assertThat(g.view().has("members")).isFalse());
    assertThat(ids(without)).containsExactlyElementsOf(ids(withMembers));
  }

  @Test
  void membersFilterWorksWhenMembersAreNotWanted() {
    groups().create(tenantA, group(idOf("g1"), "One", idOf("ann")));
    groups().create(tenantA, group(idOf("g2"), "Two", idOf("ben")));

    QueryResult result = query(groups(), tenantA,
        filter("Group", "members[value eq \"" + idOf("ben") + "\"]"), null,
        new PageRequest.Index(1, 10), false);

    assertThat(ids(result)).containsExactly(idOf("g2"));
    assertThat(result.resources().get(0).view().has("members")).isFalse();
  }

  @Test
  void largeGroupsTakeSingleMemberChanges() {
    String[] many = new String[2000];
    for (int i = 0; i < many.length; i++) {
      many[i] = idOf("member-" + i);
    }
    groups().create(tenantA, group(idOf("big"), "Big", many));

    change("big", add("ann"));
    change("big", new MembershipChange.Remove(Set.of(idOf("member-7"))));

    List<String> members = memberIds(readGroup("big"));
    assertThat(members).hasSize(many.length).contains(idOf("ann")).doesNotContain(
        idOf("member-7"));
  }

  private List<String> groupNames(String memberName) {
    return memberships().groupsOf(tenantA, idOf(memberName)).stream()
        .map(GroupRef::display).toList();
  }
}
