package io.scimitar.core.patch;

import static io.scimitar.core.patch.PatchTesting.GROUP;
import static io.scimitar.core.patch.PatchTesting.USER;
import static io.scimitar.core.patch.PatchTesting.apply;
import static io.scimitar.core.patch.PatchTesting.engine;
import static io.scimitar.core.patch.PatchTesting.fails;
import static io.scimitar.core.patch.PatchTesting.json;
import static io.scimitar.core.patch.PatchTesting.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The examples of RFC 7644 §3.5.2.1–3, applied to the RFC 7643 §8 example resources (the
 * RFC's PATCH examples name those resources' ids and values).
 */
class Rfc7644ExamplesTest {
  private static final String BABS = "2819c223-7f76-453a-919d-413861904646";
  private static final String MANDY = "902c246b-6245-4190-8e05-00816be7344a";
  private static final String JAMES = "08e1d05d-121c-4561-8b96-473d93df9210";

  private final PatchEngine users = engine(USER);
  private final PatchEngine groups = engine(GROUP);

  private static ObjectNode group() {
    return resource("rfc7643/group.json");
  }

  private static ObjectNode user() {
    return resource("rfc7643/full-user.json");
  }

  /** §3.5.2.1: "add a member to a group". */
  @Test
  void addsAMemberToAGroup() {
    ObjectNode before = group();
    before.withArray("members").remove(0);

    PatchResult result = apply(groups, before, """
        { "schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
          "Operations":[{
            "op":"add",
            "path":"members",
            "value":[{
              "display": "Babs Jensen",
              "$ref": "https://example.com/v2/Users/2819c223-7f76-453a-919d-413861904646",
              "value": "2819c223-7f76-453a-919d-413861904646"}]}]}""");

    assertThat(result.changed()).isTrue();
    assertThat(result.resource().get("members")).isEqualTo(json("""
        {"m":[{"value":"902c246b-6245-4190-8e05-00816be7344a",
               "$ref":"https://example.com/v2/Users/902c246b-6245-4190-8e05-00816be7344a",
               "display":"Mandy Pepperidge"},
              {"display": "Babs Jensen",
               "$ref": "https://example.com/v2/Users/2819c223-7f76-453a-919d-413861904646",
               "value": "2819c223-7f76-453a-919d-413861904646"}]}""").get("m"));
    assertThat(result.membershipChanges()).containsExactly(new MembershipChange.Add(
        List.of(new MemberRef(BABS, "Babs Jensen", null,
            "https://example.com/v2/Users/" + BABS))));
  }

  /** §3.5.2.1: "If the target location already contains the value specified, no changes". */
  @Test
  void addingAMemberWhoIsAlreadyThereChangesNothing() {
    PatchResult result = apply(groups, group(), """
        {"Operations":[{"op":"add","path":"members",
          "value":[{"display":"Babs Jensen","value":"2819c223-7f76-453a-919d-413861904646"}]}]}""");

    assertThat(result.changed()).isFalse();
    assertThat(result.resource()).isEqualTo(group());
    assertThat(result.membershipChanges()).isEmpty();
  }

  /** §3.5.2.1: add without a path: a value appended to "emails", "nickname" set. */
  @Test
  void addsAttributesWithoutAPath() {
    ObjectNode before = user();
    before.remove("nickName");
    before.withArray("emails").remove(1);

    PatchResult result = apply(users, before, """
        { "schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
          "Operations":[{
            "op":"add",
            "value":{
              "emails":[{"value":"babs@jensen.org","type":"home"}],
              "nickname":"Babs"}}]}""");

    assertThat(result.resource()).isEqualTo(user());
    assertThat(result.changed()).isTrue();
  }

  /** §3.5.2.1: an existing single value is replaced by add. */
  @Test
  void addReplacesAnExistingSingleValue() {
    PatchResult result = apply(users, user(), """
        {"Operations":[{"op":"add","value":{"nickname":"Barbie"}}]}""");
    assertThat(result.resource().get("nickName").asText()).isEqualTo("Barbie");
  }

  /** §3.5.2.2: "remove a single member from a group". */
  @Test
  void removesASingleMember() {
    PatchResult result = apply(groups, group(), """
        { "schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
          "Operations":[{
            "op":"remove",
            "path":"members[value eq \\"2819c223-7f76-453a-919d-413861904646\\"]"}]}""");

    assertThat(result.resource().get("members")).hasSize(1);
    assertThat(result.resource().get("members").get(0).get("value").asText()).isEqualTo(MANDY);
    assertThat(result.membershipChanges())
        .containsExactly(new MembershipChange.Remove(Set.of(BABS)));
  }

  /** §3.5.2.2: "remove all members of a group". */
  @Test
  void removesAllMembers() {
    PatchResult result = apply(groups, group(), """
        { "schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
          "Operations":[{"op":"remove","path":"members"}]}""");

    assertThat(result.resource().has("members")).isFalse();
    assertThat(result.resource().get("displayName").asText()).isEqualTo("Tour Guides");
    assertThat(result.membershipChanges())
        .containsExactly(new MembershipChange.Remove(Set.of(BABS, MANDY)));
  }

  /** §3.5.2.2: remove the values of a complex multi-valued attribute matching a filter. */
  @Test
  void removesEmailsMatchingAFilter() {
    ObjectNode before = user();
    before.withArray("emails").addObject().put("value", "babs@work.example.com")
        .put("type", "work");

    PatchResult result = apply(users, before, """
        { "schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
          "Operations":[{
            "op":"remove",
            "path":"emails[type eq \\"work\\" and value ew \\"example.com\\"]"}]}""");

    assertThat(result.resource().get("emails")).isEqualTo(json("""
        {"e":[{"value":"babs@jensen.org","type":"home"}]}""").get("e"));
  }

  /** §3.5.2.2: "replace all of the members of a group" by remove then add. */
  @Test
  void replacesAllMembersByRemoveThenAdd() {
    PatchResult result = apply(groups, group(), """
        { "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
          "Operations": [
            {"op":"remove","path":"members"},
            {"op":"add","path":"members","value":[
              {"display": "Babs Jensen",
               "$ref": "https://example.com/v2/Users/2819c223-7f76-453a-919d-413861904646",
               "value": "2819c223-7f76-453a-919d-413861904646"},
              {"display": "James Smith",
               "$ref": "https://example.com/v2/Users/08e1d05d-121c-4561-8b96-473d93df9210",
               "value": "08e1d05d-121c-4561-8b96-473d93df9210"}]}]}""");

    assertThat(result.resource().get("members")).extracting(member -> member.get("value").asText())
        .containsExactly(BABS, JAMES);
    assertThat(result.resource().get("members").get(0).get("display").asText())
        .isEqualTo("Babs Jensen");
    assertThat(result.membershipChanges()).containsExactly(
        new MembershipChange.Remove(Set.of(MANDY)),
        new MembershipChange.Add(List.of(new MemberRef(JAMES, "James Smith", null,
            "https://example.com/v2/Users/" + JAMES))));
  }

  /** §3.5.2.3: "replace all of the members of a group". */
  @Test
  void replacesAllMembers() {
    PatchResult result = apply(groups, group(), """
        { "schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
          "Operations":[{
            "op":"replace",
            "path":"members",
            "value":[
              {"display": "Babs Jensen",
               "$ref": "https://example.com/v2/Users/2819c223-7f76-453a-919d-413861904646",
               "value": "2819c223-7f76-453a-919d-413861904646"},
              {"display": "James Smith",
               "$ref": "https://example.com/v2/Users/08e1d05d-121c-4561-8b96-473d93df9210",
               "value": "08e1d05d-121c-4561-8b96-473d93df9210"}]}]}""");

    assertThat(result.resource().get("members")).extracting(member -> member.get("value").asText())
        .containsExactly(BABS, JAMES);
  }

  /** §3.5.2.3: replace the work address, a filtered value of a complex multi-valued attribute. */
  @Test
  void replacesTheWorkAddress() {
    PatchResult result = apply(users, user(), """
        { "schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
          "Operations":[{
            "op":"replace",
            "path":"addresses[type eq \\"work\\"]",
            "value":{
              "type": "work",
              "streetAddress": "911 Universal City Plaza",
              "locality": "Hollywood",
              "region": "CA",
              "postalCode": "91608",
              "country": "US",
              "formatted": "911 Universal City Plaza\\nHollywood, CA 91608 US",
              "primary": true}}]}""");

    assertThat(result.resource().get("addresses").get(0)).isEqualTo(json("""
        {"type": "work", "streetAddress": "911 Universal City Plaza", "locality": "Hollywood",
         "region": "CA", "postalCode": "91608", "country": "US",
         "formatted": "911 Universal City Plaza\\nHollywood, CA 91608 US", "primary": true}"""));
    assertThat(result.resource().get("addresses").get(1)).isEqualTo(user().at("/addresses/1"));
  }

  /** §3.5.2.3: replace a sub-attribute of the filtered values. */
  @Test
  void replacesASubAttributeOfTheWorkAddress() {
    PatchResult result = apply(users, user(), """
        { "schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
          "Operations":[{
            "op":"replace",
            "path":"addresses[type eq \\"work\\"].streetAddress",
            "value":"1010 Broadway Ave"}]}""");

    ObjectNode expected = user();
    ((ObjectNode) expected.at("/addresses/0")).put("streetAddress", "1010 Broadway Ave");
    assertThat(result.resource()).isEqualTo(expected);
  }

  /** §3.5.2.3: replace several attributes without a path; "emails" is replaced whole. */
  @Test
  void replacesAttributesWithoutAPath() {
    ObjectNode before = user();
    before.withArray("emails").addObject().put("value", "old@example.com").put("type", "other");
    before.put("nickName", "Barbie");

    PatchResult result = apply(users, before, """
        { "schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
          "Operations":[{
            "op":"replace",
            "value":{
              "emails":[
                {"value":"bjensen@example.com","type":"work","primary":true},
                {"value":"babs@jensen.org","type":"home"}],
              "nickname":"Babs"}}]}""");

    assertThat(result.resource()).isEqualTo(user());
  }

  /** §3.5.2.3: a filter that matches nothing is noTarget. */
  @Test
  void replaceThroughAFilterThatMatchesNothingIsNoTarget() {
    String detail = fails(ScimType.NO_TARGET, () -> apply(users, user(), """
        {"Operations":[{"op":"replace","path":"addresses[type eq \\"other\\"].locality",
                        "value":"Springfield"}]}"""));
    assertThat(detail).isEqualTo(
        "operation 1 (replace): path 'addresses[type eq \"other\"].locality' matched no value");
  }

  /** §3.5.2.2: remove without a path is noTarget. */
  @Test
  void removeWithoutAPathIsNoTarget() {
    String detail = fails(ScimType.NO_TARGET, () -> apply(users, user(),
        PatchRequest.of(new PatchOperation(PatchOp.REMOVE, null, null))));
    assertThat(detail).isEqualTo("operation 1 (remove): remove needs a 'path'");
  }
}
