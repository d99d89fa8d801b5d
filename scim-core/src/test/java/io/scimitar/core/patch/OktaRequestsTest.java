package io.scimitar.core.patch;

import static io.scimitar.core.patch.PatchTesting.GROUP;
import static io.scimitar.core.patch.PatchTesting.USER;
import static io.scimitar.core.patch.PatchTesting.apply;
import static io.scimitar.core.patch.PatchTesting.engine;
import static io.scimitar.core.patch.PatchTesting.fails;
import static io.scimitar.core.patch.PatchTesting.idpBodies;
import static io.scimitar.core.patch.PatchTesting.json;
import static io.scimitar.core.patch.PatchTesting.reader;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every PATCH request Okta sends ({@code idp/okta-patch-requests.json}). */
class OktaRequestsTest {
  private static final Map<String, ObjectNode> BODIES = idpBodies("okta-patch-requests.json");
  private static final String GROUP_ID = "abf4dd94-a4c0-4f67-89c9-76b03340cb9b";
  private static final String OLD_MEMBER = "89bb1940-b905-4575-9e7f-6f887cfb368e";
  private static final String NEW_MEMBER = "23a35c27-23d3-4c03-b4c5-6443c09e7173";

  private final PatchEngine users = engine(USER);
  private final PatchEngine groups = engine(GROUP);

  private static PatchRequest request(String id) {
    return reader().read(BODIES.get(id));
  }

  private static ObjectNode user() {
    return json("""
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
         "id":"23a35c27-23d3-4c03-b4c5-6443c09e7173",
         "userName":"test.user@okta.local",
         "name":{"givenName":"Test","familyName":"User"},
         "emails":[{"primary":true,"value":"test.user@okta.local","type":"work"}],
         "displayName":"Test User",
         "active":true,
         "meta":{"resourceType":"User","created":"2024-01-01T00:00:00Z",
                 "lastModified":"2024-01-01T00:00:00Z","version":"W/\\"1\\""}}""");
  }

  private static ObjectNode group(boolean withMembers) {
    ObjectNode group = json("""
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],
         "id":"abf4dd94-a4c0-4f67-89c9-76b03340cb9b",
         "displayName":"Old name",
         "meta":{"resourceType":"Group","created":"2024-01-01T00:00:00Z",
                 "lastModified":"2024-01-01T00:00:00Z","version":"W/\\"1\\""}}""");
    if (withMembers) {
      group.putArray("members").addObject().put("value", OLD_MEMBER)
          .put("display", "old.user@okta.local");
    }
    return group;
  }

  @Test
  void deactivatesAndReactivatesWithANoPathReplace() {
    PatchResult deactivated = apply(users, user(), request("okta-deactivate-user"));
    assertThat(deactivated.resource().get("active").booleanValue()).isFalse();
    assertThat(deactivated.changed()).isTrue();

    PatchResult reactivated =
        apply(users, deactivated.resource(), request("okta-reactivate-user"));
    assertThat(reactivated.resource()).isEqualTo(user());
  }

  @Test
  void deactivatingAnInactiveUserChangesNothing() {
    ObjectNode inactive = user().put("active", false);
    PatchResult result = apply(users, inactive, request("okta-deactivate-user"));
    assertThat(result.changed()).isFalse();
  }

  @Test
  void renamesAGroupToleratingItsOwnIdInTheValue() throws Exception {
    PatchResult loaded = apply(groups, group(true), request("okta-rename-group"));
    ObjectNode expected = group(true).put("displayName", "Test SCIMv2");
    assertThat(loaded.resource()).isEqualTo(expected);
    assertThat(loaded.membershipChanges()).isEmpty();

    PatchResult withoutMembers = groups.apply(group(false), request("okta-rename-group"), false);
    assertThat(withoutMembers.resource()).isEqualTo(group(false).put("displayName", "Test SCIMv2"));
    assertThat(withoutMembers.membershipChanges()).isEmpty();
  }

  @Test
  void refusesARenameCarryingAnotherId() {
    ObjectNode body = BODIES.get("okta-rename-group").deepCopy();
    ((ObjectNode) body.at("/Operations/0/value")).put("id", "another-id");
    String detail = fails(ScimType.MUTABILITY,
        () -> apply(groups, group(true), reader().read(body)));
    assertThat(detail).isEqualTo("operation 1 (replace): attribute 'id' is readOnly");
  }

  @Test
  void removesByFilterAndAddsInOneRequest() throws Exception {
    PatchResult loaded = apply(groups, group(true), request("okta-group-members-add-remove"));
    assertThat(loaded.resource().get("members")).isEqualTo(json("""
        {"m":[{"value":"23a35c27-23d3-4c03-b4c5-6443c09e7173",
               "display":"test.user@okta.local"}]}""").get("m"));
    assertThat(loaded.membershipChanges()).containsExactly(
        new MembershipChange.Remove(Set.of(OLD_MEMBER)),
        new MembershipChange.Add(List.of(
            new MemberRef(NEW_MEMBER, "test.user@okta.local", null, null))));

    PatchResult delta =
        groups.apply(group(false), request("okta-group-members-add-remove"), false);
    assertThat(delta.resource()).isEqualTo(group(false));
    assertThat(delta.changed()).isTrue();
    assertThat(delta.membershipChanges()).containsExactly(
        new MembershipChange.Remove(Set.of(OLD_MEMBER)),
        new MembershipChange.Add(List.of(
            new MemberRef(NEW_MEMBER, "test.user@okta.local", null, null))));
  }

  @Test
  void replacesTheWholeMembership() throws Exception {
    PatchResult loaded = apply(groups, group(true), request("okta-group-members-replace"));
    assertThat(loaded.resource().get("members"))
        .extracting(member -> member.get("value").asText())
        .containsExactly(NEW_MEMBER, OLD_MEMBER);
    assertThat(loaded.membershipChanges()).containsExactly(new MembershipChange.Add(List.of(
        new MemberRef(NEW_MEMBER, "test.user@okta.local", null, null))));

    PatchResult delta = groups.apply(group(false), request("okta-group-members-replace"), false);
    assertThat(delta.membershipChanges()).containsExactly(new MembershipChange.ReplaceAll(List.of(
        new MemberRef(NEW_MEMBER, "test.user@okta.local", null, null),
        new MemberRef(OLD_MEMBER, "test.user@okta.local", null, null))));
  }

  @Test
  void addsAMemberSentWithoutType() throws Exception {
    PatchResult loaded =
        apply(groups, group(true), request("okta-okta-community-add-member-no-type"));
    assertThat(loaded.resource().get("members")).hasSize(2);
    assertThat(loaded.resource().at("/members/1")).isEqualTo(json("""
        {"value":"2900df44-a197-4ca6-bad2-3c1b5641ac8e","display":"ABaker@Gradle.Example"}"""));

    PatchResult delta =
        groups.apply(group(false), request("okta-okta-community-add-member-no-type"), false);
    assertThat(delta.membershipChanges()).containsExactly(new MembershipChange.Add(List.of(
        new MemberRef("2900df44-a197-4ca6-bad2-3c1b5641ac8e", "ABaker@Gradle.Example", null,
            null))));
  }

  @Test
  void everyOktaFixtureIsCovered() {
    assertThat(BODIES.keySet()).containsExactlyInAnyOrder("okta-deactivate-user",
        "okta-reactivate-user", "okta-rename-group", "okta-group-members-add-remove",
        "okta-group-members-replace", "okta-okta-community-add-member-no-type");
  }

  @Test
  void theGroupIdIsTheFixturesGroup() {
    assertThat(BODIES.get("okta-rename-group").at("/Operations/0/value/id").asText())
        .isEqualTo(GROUP_ID);
  }
}
