package io.scimitar.core.spi.typed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.json.ScimJson;
import io.scimitar.core.patch.MemberRef;
import io.scimitar.core.patch.MembershipChange;
import io.scimitar.core.resource.User;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.service.AttributeSelection;
import io.scimitar.core.service.ScimCall;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.service.SearchRequest;
import io.scimitar.core.service.ServiceConfig;
import io.scimitar.core.spi.RequestContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The protocol service over typed stores: the adapters carry every request through. */
class TypedStorageServiceTest {
  private static final ScimJson JSON = ScimJson.withDefaults();
  private static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  private static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
  private static final String PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
  private static final ScimCall CALL =
      new ScimCall(RequestContext.of("tenant-1", "key-1"), "https://host/scim/v2");

  private final MapUserStore users = new MapUserStore();
  private final MapGroupStore groups = new MapGroupStore();
  private final ScimService scim = new ScimService(
      SchemaRegistry.defaults(), TypedStorage.of(users, groups), ServiceConfig.defaults());

  private String createUser(String userName) {
    ObjectNode body = JSON.readObject("{\"schemas\":[\"" + USER + "\"],"
        + "\"userName\":\"" + userName + "\",\"title\":\"Engineer\"}");
    return scim.create(CALL, "User", body, AttributeSelection.DEFAULT).body().get("id").asText();
  }

  private String createGroup(String displayName) {
    ObjectNode body = JSON.readObject("{\"schemas\":[\"" + GROUP + "\"],"
        + "\"displayName\":\"" + displayName + "\"}");
    return scim.create(CALL, "Group", body, AttributeSelection.DEFAULT).body().get("id").asText();
  }

  private void addMember(String groupId, String memberId) {
    ObjectNode patch = JSON.readObject("{\"schemas\":[\"" + PATCH + "\"],"
        + "\"Operations\":[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
        + memberId + "\"}]}]}");
    scim.patch(CALL, "Group", groupId, patch, null, AttributeSelection.DEFAULT);
  }

  private JsonNode getUser(String id) {
    return scim.get(CALL, "User", id, AttributeSelection.DEFAULT).body();
  }

  @Test
  void createdUsersReachTheTypedStoreWithIdAndMeta() {
    String id = createUser("bjensen");

    User stored = users.get(CALL.context(), id).orElseThrow();

    assertThat(stored.userName()).isEqualTo("bjensen");
    assertThat(stored.title()).isEqualTo("Engineer");
    assertThat(stored.meta().version()).isEqualTo("1");
    assertThat(getUser(id).path("meta").path("version").asText()).isEqualTo("W/\"1\"");
  }

  @Test
  void aPatchThatAddsAMemberReachesTheGroupStoreAsOneChange() {
    String ann = createUser("ann");
    String group = createGroup("Engineering");

    addMember(group, ann);

    assertThat(groups.memberChanges()).containsExactly(
        List.of(new MembershipChange.Add(List.of(new MemberRef(ann, null, null, null)))));
    assertThat(getUser(ann).path("groups")).hasSize(1);
    assertThat(getUser(ann).path("groups").get(0).path("display").asText())
        .isEqualTo("Engineering");
  }

  @Test
  void deletingAUserThroughTheServiceRemovesItsMemberships() {
    String ann = createUser("ann");
    String ben = createUser("ben");
    String group = createGroup("Engineering");
    addMember(group, ann);
    addMember(group, ben);

    scim.delete(CALL, "User", ann, null);

    JsonNode members = scim.get(CALL, "Group", group, AttributeSelection.DEFAULT).body()
        .path("members");
    assertThat(members).hasSize(1);
    assertThat(members.get(0).path("value").asText()).isEqualTo(ben);
  }

  @Test
  void filtersTheStoreDoesNotEvaluateAreAnsweredByTheService() {
    createUser("ann");
    String ben = createUser("Ben");

    ObjectNode page = scim.search(CALL, "User", SearchRequest.fromQueryParameters(
        Map.of("filter", "userName eq \"ben\" and title sw \"eng\"")::get));

    assertThat(page.path("totalResults").asInt()).isEqualTo(1);
    assertThat(page.path("Resources").get(0).path("id").asText()).isEqualTo(ben);
  }
}
