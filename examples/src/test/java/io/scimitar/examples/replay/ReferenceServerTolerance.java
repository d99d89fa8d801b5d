package io.scimitar.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.jaxrs.support.ScimClient;
import io.scimitar.jaxrs.support.ScimResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tolerance cases of Microsoft's SCIM reference server, replayed from its Postman collection
 * against the example server: capitalised attribute names, {@code "active":"True"}, a misspelled
 * attribute on PUT, filters with capitalised attribute names, and group member forms. Where the
 * reference server answers differently from the RFC-conforming answer Scimitar gives (204 rather
 * than 200 for a user PATCH, 204 for a member that is no resource at all, 200 for unquoted filter
 * values), the test says so.
 */
abstract class ReferenceServerTolerance extends ReplaySuite {
  private final PostmanCollection postman = new PostmanCollection();
  private final Map<String, String> variables = new HashMap<>();

  @Test
  void capitalisedAttributeNamesAreUnderstood() {
    String plain = create("Post User", "id1");
    JsonNode user = user(plain);
    assertThat(user.path("emails").findValuesAsText("value"))
        .containsExactly("testing@bob.com", "testinghome@bob.com");
    assertThat(user.path("emails").get(0).path("primary").asBoolean()).isTrue();
    assertThat(user.path("emails").get(1).path("primary").asBoolean()).isFalse();

    String enterprise = create("Post EnterpriseUser", "id2");
    JsonNode extension = user(enterprise).path(BuiltInSchemas.ENTERPRISE_USER);
    assertThat(extension.path("department").asText()).isEqualTo("bob");
    assertThat(extension.path("manager").path("value").asText()).isEqualTo("SuzzyQ");

    ScimResponse byDisplayName = postman.send(scim, "Get User Filters", variables);
    assertThat(byDisplayName.json().path("Resources").findValuesAsText("id"))
        .containsExactly(plain);

    ScimResponse renamed = postman.send(scim, "patch user1", variables);
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
    assertThat(user(plain).path("userName").asText()).isEqualTo("ryan3");
  }

  @Test
  void stringTrueCreatesAnActiveUserAndDuplicatesAndMissingUserNamesAreRefused() {
    String id = create("Post emp1 with string \"True\"", "1stuserid");
    assertThat(postman.assertedStatus("Post emp1 with string \"True\"")).isEqualTo(201);
    assertThat(user(id).path("active").asBoolean()).isTrue();

    JsonNode missing = assertError(postman.send(scim, "Post no username", variables),
        postman.assertedStatus("Post no username"));
    assertThat(missing.path("scimType").asText()).isEqualTo("invalidValue");

    create("Post emp3 exists", "emp3");
    JsonNode duplicate = assertError(postman.send(scim, "Post emp3 exists", variables),
        postman.assertedStatus("Post emp3 exists"));
    assertThat(duplicate.path("scimType").asText()).isEqualTo("uniqueness");
  }

  @Test
  void misspelledAttributeOnPutIsIgnoredAndThePutStillReplaces() {
    String id = create("Post emp1 with string \"True\"", "1stuserid");
    assertThat(user(id).has("addresses")).isTrue();

    ScimResponse put = postman.send(scim, "Put a user misspelled attribute", variables);
    assertThat(put.status()).as(put.body())
        .isEqualTo(postman.assertedStatus("Put a user misspelled attribute"));
    JsonNode user = user(id);
    assertThat(user.has("addresses")).isFalse();
    assertThat(user.has("adreses")).isFalse();
    assertThat(user.path("userName").asText()).isEqualTo("OMalley");
    assertThat(user.path("active").asBoolean()).isFalse();

    // The reference server answers these PATCHes 204; Scimitar answers 200 with the user,
    // which RFC 7644 §3.5.2 equally allows and Entra ID accepts.
    ScimResponse renamed = postman.send(scim, "Patch user omalley new username", variables);
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
    assertThat(renamed.json().path("userName").asText()).isEqualTo("newusername");
    postman.send(scim, "patch user omalley active with boolean", variables);
    assertThat(user(id).path("active").asBoolean()).isFalse();
  }

  @Test
  void filtersWithCapitalisedNamesAndUnquotedValuesSelectTheRightUsers() {
    String employee = create("Post emp1 with string \"True\"", "1stuserid");
    String omalley = createUser("OMalley.filter@example.org");
    List<String> all = read("Users?count=1000").path("Resources").findValuesAsText("id");

    // The collection writes string values unquoted, which RFC 7644 §3.4.2.2 does not allow;
    // the example turns on ClientTolerances.unquotedFilterValues, which reads them as strings.
    assertThat(ids(postman.send(scim, "filter eq and (val or val)", variables)))
        .containsExactly(employee);
    assertThat(ids(postman.send(scim, "filter starts with", variables)))
        .containsExactly(omalley);
    assertThat(ids(postman.send(scim, "filter greater than", variables)))
        .containsExactlyInAnyOrderElementsOf(all);
    assertThat(ids(scim.get("Users?filter=" + ScimClient.encode("name.FamilyName eq \"Employee\""
        + " and (emails.Value co \"example.com\" or emails.Value co \"example.org\")"))))
        .containsExactly(employee);
    assertThat(ids(scim.get("Users?filter=" + ScimClient.encode("userName sw \"O\""))))
        .containsExactly(omalley);
    assertThat(ids(scim.get("Users?filter="
        + ScimClient.encode("meta.Created gt \"2015-10-10T14:38:21.8617979-07:00\""))))
        .containsExactlyInAnyOrderElementsOf(all);

    JsonNode page = postman.send(scim, "Paginate", variables).json();
    assertThat(page.path("itemsPerPage").asInt()).isEqualTo(2);
    assertThat(page.path("totalResults").asInt()).isEqualTo(all.size());
  }

  @Test
  void groupsTakeMembersInTheCollectionsForms() {
    variables.put("id3", createUser(uniqueName("vp")));
    variables.put("id4", createUser(uniqueName("senor.vp")));
    String empty = create("Create empty group", "groupid");
    String filled = create("Create filled group 2", "groupid2");
    assertThat(members(filled)).containsExactly(variables.get("id3"));
    variables.put("groupid3", filled);

    ScimResponse put = postman.send(scim, "Put replace group3", variables);
    assertThat(put.status()).as(put.body()).isEqualTo(postman.assertedStatus("Put replace group3"));
    assertThat(members(filled))
        .containsExactlyInAnyOrder(variables.get("id3"), variables.get("id4"));
    assertThat(read("Groups/" + filled).path("displayName").asText()).isEqualTo("putName");

    // An operation carrying a stray "name" member is still applied.
    assertThat(postman.send(scim, "Patch add user4 to group1", variables).status())
        .isEqualTo(204);
    assertThat(members(empty)).containsExactly(variables.get("id4"));
    assertThat(postman.send(scim, "Patch remove user4 to group1", variables).status())
        .isEqualTo(204);
    assertThat(members(empty)).isEmpty();
    postman.send(scim, "Patch add user4 to group1", variables);
    assertThat(postman.send(scim, "Patch remove all users", variables).status()).isEqualTo(204);
    assertThat(members(empty)).isEmpty();

    // A member value that names no resource: the reference server answers 204; Scimitar
    // refuses it (400) rather than storing a dangling member.
    variables.put("1stgroupid", empty);
    JsonNode dangling = assertError(postman.send(scim, "Group patch add member", variables), 400);
    assertThat(dangling.path("scimType").asText()).isEqualTo("invalidValue");
    ScimResponse excluded = postman.send(scim, "Get group exclude members", variables);
    assertThat(excluded.status()).isEqualTo(postman.assertedStatus("Get group exclude members"));
    assertThat(excluded.json().has("members")).isFalse();
    assertThat(excluded.json().path("displayName").asText()).isEqualTo("Group1DisplayName");
  }

  /**
   * Sends a create of the collection, checks that everything it sent is read back, and keeps
   * its id as the collection's {@code variable}.
   */
  private String create(String name, String variable) {
    PostmanCollection.Request request = postman.request(name, variables);
    ScimResponse created = request.send(scim);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().path("id").asText();
    SentValues.assertKept(json(request.body()),
        read(request.path() + "/" + id), "meta", "schemas", "members.display");
    variables.put(variable, id);
    return id;
  }

  /** Every test starts from an empty store and no variables, as the collection assumes. */
  @BeforeEach
  void startEmpty() {
    variables.clear();
    for (String type : List.of("Groups", "Users")) {
      for (String id : read(type + "?count=1000").path("Resources").findValuesAsText("id")) {
        assertThat(scim.delete(type + "/" + id).status()).isEqualTo(204);
      }
    }
  }

  private static List<String> ids(ScimResponse list) {
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    return list.json().path("Resources").findValuesAsText("id");
  }
}
