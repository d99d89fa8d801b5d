package io.scimitar.core.patch;

import static io.scimitar.core.patch.PatchTesting.GROUP;
import static io.scimitar.core.patch.PatchTesting.apply;
import static io.scimitar.core.patch.PatchTesting.engine;
import static io.scimitar.core.patch.PatchTesting.fails;
import static io.scimitar.core.patch.PatchTesting.json;
import static io.scimitar.core.patch.PatchTesting.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Group patches with members not loaded: each member operation becomes exactly one
 * member-level change and no members array ever appears in the result.
 */
class MemberDeltaTest {
  private final PatchEngine groups = engine(GROUP);

  private static ObjectNode group() {
    return json("""
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],
         "id":"g1","displayName":"Engineering"}""");
  }

  private List<MembershipChange> changes(String operations) throws Exception {
    ObjectNode before = group();
    PatchResult result = groups.apply(before, request("{\"Operations\":" + operations + "}"),
        false);
    assertThat(result.resource().has("members")).as("members array").isFalse();
    assertThat(before).isEqualTo(group());
    return result.membershipChanges();
  }

  @Test
  void addBecomesAddKeepingDisplayTypeAndRef() throws Exception {
    assertThat(changes("""
        [{"op":"add","path":"members","value":[
          {"value":"u1","display":"Ann","type":"User","$ref":"https://h/Users/u1"},
          {"value":"g2","type":"Group"}]}]"""))
        .containsExactly(new MembershipChange.Add(List.of(
            new MemberRef("u1", "Ann", "User", "https://h/Users/u1"),
            new MemberRef("g2", null, "Group", null))));
  }

  @Test
  void addAcceptsASingleObjectOrABareId() throws Exception {
    assertThat(changes("[{\"op\":\"add\",\"path\":\"members\",\"value\":{\"value\":\"u1\"}}]"))
        .containsExactly(new MembershipChange.Add(List.of(MemberRef.of("u1"))));
    assertThat(changes("[{\"op\":\"add\",\"path\":\"members\",\"value\":\"u1\"}]"))
        .containsExactly(new MembershipChange.Add(List.of(MemberRef.of("u1"))));
  }

  @Test
  void addOfNothingChangesNothing() throws Exception {
    PatchResult result = groups.apply(group(),
        request("{\"Operations\":[{\"op\":\"add\",\"path\":\"members\",\"value\":[]}]}"), false);
    assertThat(result.membershipChanges()).isEmpty();
    assertThat(result.changed()).isFalse();
  }

  @Test
  void addOfAMemberWithoutValueIsInvalidValue() {
    String detail = fails(ScimType.INVALID_VALUE, () -> groups.apply(group(), request("""
        {"Operations":[{"op":"add","path":"members",
          "value":[{"value":"u1"},{"display":"Nobody"}]}]}"""), false));
    assertThat(detail)
        .isEqualTo("operation 1 (add): member 2 has no 'value' (the member's id)");
  }

  @Test
  void removeByValueFilterBecomesRemove() throws Exception {
    assertThat(changes("[{\"op\":\"remove\",\"path\":\"members[value eq \\\"u1\\\"]\"}]"))
        .containsExactly(new MembershipChange.Remove(Set.of("u1")));
    assertThat(changes("""
        [{"op":"remove","path":"members[value eq \\"u1\\" or value eq \\"u2\\"]"}]"""))
        .containsExactly(new MembershipChange.Remove(Set.of("u1", "u2")));
  }

  @Test
  void removeWithAValueArrayBecomesRemoveOfThoseOnly() throws Exception {
    assertThat(changes("""
        [{"op":"Remove","path":"members","value":[{"value":"u1"},{"$ref":null,"value":"u2"}]}]"""))
        .containsExactly(new MembershipChange.Remove(Set.of("u1", "u2")));
  }

  @Test
  void removeWithoutValueBecomesRemoveAll() throws Exception {
    assertThat(changes("[{\"op\":\"remove\",\"path\":\"members\"}]"))
        .containsExactly(new MembershipChange.RemoveAll());
  }

  @Test
  void replaceBecomesReplaceAllAndAnEmptyReplaceRemoveAll() throws Exception {
    assertThat(changes("""
        [{"op":"replace","path":"members","value":[{"value":"u1"},{"value":"u2"}]}]"""))
        .containsExactly(new MembershipChange.ReplaceAll(
            List.of(MemberRef.of("u1"), MemberRef.of("u2"))));
    assertThat(changes("[{\"op\":\"replace\",\"path\":\"members\",\"value\":[]}]"))
        .containsExactly(new MembershipChange.RemoveAll());
  }

  @Test
  void noPathOperationsOnMembersBecomeChangesToo() throws Exception {
    PatchResult result = groups.apply(group(), request("""
        {"Operations":[{"op":"replace","value":{"displayName":"Eng","members":[{"value":"u1"}]}},
                       {"op":"add","value":{"members":[{"value":"u2"}]}}]}"""), false);
    assertThat(result.resource().get("displayName").asText()).isEqualTo("Eng");
    assertThat(result.resource().has("members")).isFalse();
    assertThat(result.membershipChanges()).containsExactly(new MembershipChange.ReplaceAll(
        List.of(MemberRef.of("u1"), MemberRef.of("u2"))));
  }

  @Test
  void consecutiveChangesStayInOrderAndMerge() throws Exception {
    assertThat(changes("""
        [{"op":"remove","path":"members[value eq \\"u1\\"]"},
         {"op":"remove","path":"members","value":[{"value":"u2"}]},
         {"op":"add","path":"members","value":[{"value":"u3"}]},
         {"op":"add","path":"members","value":[{"value":"u4"},{"value":"u3"}]},
         {"op":"remove","path":"members[value eq \\"u3\\"]"}]"""))
        .containsExactly(
            new MembershipChange.Remove(Set.of("u1", "u2")),
            new MembershipChange.Add(List.of(MemberRef.of("u3"), MemberRef.of("u4"))),
            new MembershipChange.Remove(Set.of("u3")));
  }

  @Test
  void changesAfterRemovingEveryoneFoldIntoOneReplaceAll() throws Exception {
    assertThat(changes("""
        [{"op":"add","path":"members","value":[{"value":"u0"}]},
         {"op":"remove","path":"members"},
         {"op":"add","path":"members","value":[{"value":"u1"},{"value":"u2"}]},
         {"op":"remove","path":"members[value eq \\"u2\\"]"}]"""))
        .containsExactly(new MembershipChange.ReplaceAll(List.of(MemberRef.of("u1"))));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"op\":\"remove\",\"path\":\"members[type eq \\\"Group\\\"]\"}",
      "{\"op\":\"remove\",\"path\":\"members[display co \\\"x\\\"]\"}",
      "{\"op\":\"remove\",\"path\":\"members[value eq \\\"u1\\\" and type eq \\\"User\\\"]\"}",
      "{\"op\":\"remove\",\"path\":\"members[value eq \\\"u1\\\"].display\"}",
      "{\"op\":\"replace\",\"path\":\"members[value eq \\\"u1\\\"]\",\"value\":{\"value\":\"u9\"}}",
      "{\"op\":\"add\",\"path\":\"members[value eq \\\"u1\\\"]\",\"value\":{\"type\":\"User\"}}",
      "{\"op\":\"replace\",\"path\":\"members.value\",\"value\":\"u1\"}"})
  void operationsThatAreNoDeltaAskForTheMemberList(String operation) {
    PatchRequest request = request("{\"Operations\":[{\"op\":\"add\",\"path\":\"members\","
        + "\"value\":[{\"value\":\"u5\"}]}," + operation + "]}");
    ObjectNode before = group();
    assertThatThrownBy(() -> groups.apply(before, request, false))
        .isInstanceOf(MemberListRequiredException.class)
        .hasMessageStartingWith("operation 2 (");
    assertThat(before).isEqualTo(group());
  }

  @Test
  void withMembersLoadedTheSameRequestEditsTheTreeAndReportsTheDifference() {
    ObjectNode loaded = group();
    loaded.putArray("members").add(json("{\"value\":\"u1\",\"type\":\"User\"}"))
        .add(json("{\"value\":\"g7\",\"type\":\"Group\"}"));
    PatchResult result = apply(groups, loaded, """
        {"Operations":[{"op":"add","path":"members","value":[{"value":"u5","type":"User"}]},
                       {"op":"remove","path":"members[type eq \\"Group\\"]"}]}""");
    assertThat(result.resource().get("members")).extracting(member -> member.get("value").asText())
        .containsExactly("u1", "u5");
    assertThat(result.membershipChanges()).containsExactly(
        new MembershipChange.Remove(Set.of("g7")),
        new MembershipChange.Add(List.of(new MemberRef("u5", null, "User", null))));
  }

  @Test
  void withMembersLoadedAddingAPresentMemberOrRemovingAStrangerIsANoOp() {
    ObjectNode loaded = group();
    loaded.putArray("members").add(json("{\"value\":\"u1\",\"type\":\"User\"}"));
    PatchResult result = apply(groups, loaded, """
        {"Operations":[{"op":"add","path":"members","value":[{"value":"u1"}]},
                       {"op":"remove","path":"members[value eq \\"stranger\\"]"}]}""");
    assertThat(result.changed()).isFalse();
    assertThat(result.resource()).isEqualTo(loaded);
    assertThat(result.membershipChanges()).isEmpty();
  }

  @Test
  void withMembersLoadedLongListsAreReplacedAndDeduplicatedById() {
    StringBuilder values = new StringBuilder("[");
    for (int i = 0; i < 20_000; i++) {
      values.append(i == 0 ? "" : ",").append("{\"value\":\"u").append(i % 10_000).append("\"}");
    }
    values.append(",{\"value\":\"U7\"}]");
    ObjectNode loaded = group();
    loaded.putArray("members").add(json("{\"value\":\"old\"}"));
    PatchResult result = apply(groups, loaded,
        "{\"Operations\":[{\"op\":\"replace\",\"path\":\"members\",\"value\":" + values + "}]}");
    assertThat(result.resource().get("members")).hasSize(10_000);
    assertThat(result.membershipChanges()).hasSize(2);
    assertThat(result.membershipChanges().get(0))
        .isEqualTo(new MembershipChange.Remove(Set.of("old")));
  }

  @Test
  void aResourceTypeWithoutMembersIgnoresTheFlag() throws Exception {
    PatchEngine users = engine(PatchTesting.USER);
    assertThat(users.membersAttribute()).isEmpty();
    assertThat(groups.membersAttribute()).isPresent();
    PatchResult result = users.apply(json("""
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"a"}"""),
        request("{\"Operations\":[{\"op\":\"add\",\"path\":\"nickName\",\"value\":\"b\"}]}"),
        false);
    assertThat(result.membershipChanges()).isEmpty();
    assertThat(result.resource().get("nickName").asText()).isEqualTo("b");
  }
}
