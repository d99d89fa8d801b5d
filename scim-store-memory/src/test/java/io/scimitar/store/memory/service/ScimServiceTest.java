package io.scimitar.store.memory.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.json.ScimJson;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.service.AttributeSelection;
import io.scimitar.core.service.ResourceResponse;
import io.scimitar.core.service.ScimCall;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.service.SearchRequest;
import io.scimitar.core.service.ServiceConfig;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.store.memory.MemoryStorage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The protocol service end to end over the in-memory store: no HTTP, real everything else. */
class ScimServiceTest {
  private static final ScimJson JSON = ScimJson.withDefaults();
  private static final String BASE = "https://example.test/scim/v2";

  private final SchemaRegistry registry = SchemaRegistry.defaults();
  private final ScimService service =
      new ScimService(registry, new MemoryStorage(registry), ServiceConfig.defaults());
  private final ScimCall tenantA = new ScimCall(RequestContext.of("a", "key-a"), BASE);
  private final ScimCall tenantB = new ScimCall(RequestContext.of("b", "key-b"), BASE);

  private static ObjectNode json(String text) {
    return JSON.readObject(text.replace('\'', '"'));
  }

  private ResourceResponse createUser(ScimCall call, String userName) {
    return service.create(call, "User", json("{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],"
        + "'userName':'" + userName + "','name':{'givenName':'Barbara','familyName':'Jensen'},"
        + "'emails':[{'value':'" + userName + "','type':'work','primary':true}],"
        + "'password':'secret','active':true,'groups':[]}"), AttributeSelection.DEFAULT);
  }

  private ObjectNode search(ScimCall call, String type, Map<String, String> parameters) {
    return service.search(call, type, SearchRequest.fromQueryParameters(parameters::get));
  }

  @Test
  void createAssignsIdAndMetaAndNeverReturnsThePassword() {
    ResourceResponse created = createUser(tenantA, "bjensen@example.com");
    ObjectNode body = created.body();
    assertThat(body.path("id").asText()).isNotEmpty();
    assertThat(body.has("password")).isFalse();
    assertThat(body.path("meta").path("resourceType").asText()).isEqualTo("User");
    assertThat(body.path("meta").path("version").asText()).isEqualTo("W/\"1\"");
    assertThat(created.meta().location())
        .isEqualTo(BASE + "/Users/" + body.path("id").asText());
    assertThat(body.path("meta").path("location").asText()).isEqualTo(created.meta().location());
  }

  @Test
  void userNameIsUniqueCaseInsensitivelyAndFoundByAnyCase() {
    createUser(tenantA, "bjensen@example.com");
    assertThatThrownBy(() -> createUser(tenantA, "BJensen@Example.com"))
        .isInstanceOfSatisfying(ScimException.class, e -> {
          assertThat(e.status()).isEqualTo(409);
          assertThat(e.scimType()).contains(ScimType.UNIQUENESS);
        });
    ObjectNode found = search(tenantA, "User",
        Map.of("filter", "userName eq \"BJENSEN@EXAMPLE.COM\""));
    assertThat(found.path("totalResults").asInt()).isEqualTo(1);
    ObjectNode none = search(tenantA, "User", Map.of("filter", "userName eq \"nobody\""));
    assertThat(none.path("totalResults").asInt()).isZero();
    assertThat(none.path("Resources").size()).isZero();
  }

  @Test
  void tenantsNeverSeeEachOther() {
    String id = createUser(tenantA, "shared@example.com").body().path("id").asText();
    createUser(tenantB, "shared@example.com");
    assertThatThrownBy(() -> service.get(tenantB, "User", id, AttributeSelection.DEFAULT))
        .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.status()).isEqualTo(404));
    assertThat(search(tenantB, "User", Map.of()).path("totalResults").asInt()).isEqualTo(1);
  }

  @Test
  void replaceBumpsTheVersionOnlyWhenSomethingChanged() {
    ObjectNode user = createUser(tenantA, "bjensen@example.com").body();
    String id = user.path("id").asText();
    ResourceResponse same = service.replace(tenantA, "User", id, user.deepCopy(), null,
        AttributeSelection.DEFAULT);
    assertThat(same.meta().version()).isEqualTo("1");
    ObjectNode changed = user.deepCopy();
    changed.put("active", false);
    ResourceResponse replaced =
        service.replace(tenantA, "User", id, changed, "W/\"1\"", AttributeSelection.DEFAULT);
    assertThat(replaced.meta().version()).isEqualTo("2");
    assertThat(replaced.body().path("active").asBoolean()).isFalse();
    assertThatThrownBy(() -> service.replace(tenantA, "User", id, user, "W/\"1\"",
        AttributeSelection.DEFAULT))
        .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.status()).isEqualTo(412));
  }

  @Test
  void entraDeactivationPatchWithStringBoolean() {
    String id = createUser(tenantA, "bjensen@example.com").body().path("id").asText();
    ResourceResponse patched = service.patch(tenantA, "User", id, json(
        "{'schemas':['urn:ietf:params:scim:api:messages:2.0:PatchOp'],"
            + "'Operations':[{'op':'Replace','path':'active','value':'False'}]}"),
        null, AttributeSelection.DEFAULT);
    assertThat(patched.body().path("active").asBoolean(true)).isFalse();
    assertThat(patched.meta().version()).isEqualTo("2");
  }

  @Test
  void groupMembershipChangesAreMemberLevelAndShowInUserGroups() {
    String alice = createUser(tenantA, "alice@example.com").body().path("id").asText();
    String bob = createUser(tenantA, "bob@example.com").body().path("id").asText();
    String group = service.create(tenantA, "Group", json(
        "{'schemas':['urn:ietf:params:scim:schemas:core:2.0:Group'],'displayName':'Engineering',"
            + "'members':[{'value':'" + alice + "'}]}"), AttributeSelection.DEFAULT)
        .body().path("id").asText();

    ResourceResponse added = service.patch(tenantA, "Group", group, json(
        "{'schemas':['urn:ietf:params:scim:api:messages:2.0:PatchOp'],'Operations':["
            + "{'op':'Add','path':'members','value':[{'value':'" + bob + "'}]}]}"),
        null, AttributeSelection.DEFAULT);
    assertThat(added.hasBody()).as("group PATCH answers 204").isFalse();
    assertThat(added.meta().version()).isEqualTo("2");
    assertThat(memberIds(group)).containsExactlyInAnyOrder(alice, bob);

    JsonNode groups = service.get(tenantA, "User", bob, AttributeSelection.DEFAULT)
        .body().path("groups");
    assertThat(groups.size()).isEqualTo(1);
    assertThat(groups.get(0).path("value").asText()).isEqualTo(group);
    assertThat(groups.get(0).path("display").asText()).isEqualTo("Engineering");

    service.patch(tenantA, "Group", group, json(
        "{'schemas':['urn:ietf:params:scim:api:messages:2.0:PatchOp'],'Operations':["
            + "{'op':'remove','path':'members[value eq \\\"" + alice + "\\\"]'}]}"),
        null, AttributeSelection.DEFAULT);
    assertThat(memberIds(group)).containsExactly(bob);

    service.delete(tenantA, "User", bob, null);
    assertThat(memberIds(group)).isEmpty();
  }

  private List<String> memberIds(String group) {
    List<String> ids = new ArrayList<>();
    service.get(tenantA, "Group", group, AttributeSelection.DEFAULT).body().path("members")
        .forEach(member -> ids.add(member.path("value").asText()));
    return ids;
  }

  @Test
  void addingAMemberThatDoesNotExistIsInvalidValueAndChangesNothing() {
    String alice = createUser(tenantA, "alice@example.com").body().path("id").asText();
    String group = service.create(tenantA, "Group", json(
        "{'schemas':['urn:ietf:params:scim:schemas:core:2.0:Group'],'displayName':'Ops',"
            + "'members':[{'value':'" + alice + "'}]}"), AttributeSelection.DEFAULT)
        .body().path("id").asText();
    String otherTenantUser = createUser(tenantB, "eve@example.com").body().path("id").asText();
    assertThatThrownBy(() -> service.patch(tenantA, "Group", group, json(
        "{'schemas':['urn:ietf:params:scim:api:messages:2.0:PatchOp'],'Operations':["
            + "{'op':'add','path':'members','value':[{'value':'" + otherTenantUser + "'}]}]}"),
        null, AttributeSelection.DEFAULT))
        .isInstanceOfSatisfying(ScimException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.scimType()).contains(ScimType.INVALID_VALUE);
          assertThat(e.detail()).contains(otherTenantUser);
        });
    assertThatThrownBy(() -> service.create(tenantA, "Group", json(
        "{'schemas':['urn:ietf:params:scim:schemas:core:2.0:Group'],'displayName':'Ghosts',"
            + "'members':[{'value':'no-such-id'}]}"), AttributeSelection.DEFAULT))
        .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.status()).isEqualTo(400));
    assertThat(memberIds(group)).containsExactly(alice);
    assertThat(service.get(tenantA, "Group", group, AttributeSelection.DEFAULT).meta().version())
        .isEqualTo("1");
  }

  @Test
  void provenanceRecordsCreatorAndLastWriterAndIsShownOnlyOnRequest() {
    ScimCall okta = new ScimCall(
        new RequestContext("a", "key-okta", "Okta SCIM Client 1.0.0"), BASE);
    ScimCall entra = new ScimCall(new RequestContext("a", "key-entra", "Azure AD"), BASE);
    ObjectNode body = json("{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User',"
        + "'urn:scimitar:schemas:extension:provenance:1.0'],'userName':'p@example.com',"
        + "'urn:scimitar:schemas:extension:provenance:1.0':{'origin':'forged','createdBy':'me'}}");
    ResourceResponse created = service.create(okta, "User", body, AttributeSelection.DEFAULT);
    assertThat(created.body().has("urn:scimitar:schemas:extension:provenance:1.0")).isFalse();
    assertThat(created.body().path("schemas").toString()).doesNotContain("provenance");
    String id = created.body().path("id").asText();

    service.patch(entra, "User", id, json(
        "{'schemas':['urn:ietf:params:scim:api:messages:2.0:PatchOp'],"
            + "'Operations':[{'op':'replace','path':'displayName','value':'P'}]}"),
        null, AttributeSelection.DEFAULT);

    JsonNode provenance = service.get(tenantA, "User", id,
        new AttributeSelection("urn:scimitar:schemas:extension:provenance:1.0", null))
        .body().path("urn:scimitar:schemas:extension:provenance:1.0");
    assertThat(provenance.path("origin").asText()).isEqualTo("scim");
    assertThat(provenance.path("createdBy").asText()).isEqualTo("key-okta");
    assertThat(provenance.path("lastModifiedBy").asText()).isEqualTo("key-entra");
    assertThat(provenance.path("userAgent").asText()).isEqualTo("Azure AD");

    assertThatThrownBy(() -> service.patch(entra, "User", id, json(
        "{'schemas':['urn:ietf:params:scim:api:messages:2.0:PatchOp'],'Operations':[{'op':'replace',"
            + "'path':'urn:scimitar:schemas:extension:provenance:1.0:origin','value':'x'}]}"),
        null, AttributeSelection.DEFAULT))
        .isInstanceOfSatisfying(ScimException.class,
            e -> assertThat(e.scimType()).contains(ScimType.MUTABILITY));
  }

  @Test
  void excludedMembersAreNotReturned() {
    String group = service.create(tenantA, "Group", json(
        "{'schemas':['urn:ietf:params:scim:schemas:core:2.0:Group'],'displayName':'Empty'}"),
        AttributeSelection.DEFAULT).body().path("id").asText();
    ObjectNode body = service.get(tenantA, "Group", group,
        new AttributeSelection(null, "members")).body();
    assertThat(body.has("members")).isFalse();
    assertThat(body.path("displayName").asText()).isEqualTo("Empty");
  }

  @Test
  void pagesThroughEveryUserOnceInBothPagingModes() {
    for (int i = 0; i < 23; i++) {
      createUser(tenantA, "user" + i + "@example.com");
    }
    List<String> byIndex = new ArrayList<>();
    for (int start = 1; start <= 23; start += 5) {
      ObjectNode page = search(tenantA, "User",
          Map.of("startIndex", Integer.toString(start), "count", "5"));
      assertThat(page.path("totalResults").asInt()).isEqualTo(23);
      assertThat(page.path("startIndex").asInt()).isEqualTo(start);
      page.path("Resources").forEach(user -> byIndex.add(user.path("id").asText()));
    }
    assertThat(byIndex).hasSize(23).doesNotHaveDuplicates();

    List<String> byCursor = new ArrayList<>();
    String cursor = "";
    do {
      ObjectNode page = search(tenantA, "User", Map.of("cursor", cursor, "count", "7"));
      page.path("Resources").forEach(user -> byCursor.add(user.path("id").asText()));
      cursor = page.path("nextCursor").asText("");
    } while (!cursor.isEmpty());
    assertThat(byCursor).containsExactlyInAnyOrderElementsOf(byIndex);
  }

  @Test
  void badQueryParametersAreInvalidValue() {
    assertThatThrownBy(() -> search(tenantA, "User", Map.of("count", "ten")))
        .isInstanceOfSatisfying(ScimException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.scimType()).contains(ScimType.INVALID_VALUE);
          assertThat(e.detail()).contains("count");
        });
    assertThatThrownBy(() -> search(tenantA, "User", Map.of("filter", "userName eq")))
        .isInstanceOfSatisfying(ScimException.class,
            e -> assertThat(e.scimType()).contains(ScimType.INVALID_FILTER));
  }

  @Test
  void unknownResourceTypeIsNotFound() {
    assertThatThrownBy(() -> service.get(tenantA, "Widgets", "1", AttributeSelection.DEFAULT))
        .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void discoveryDocumentsDescribeTheService() {
    ObjectNode config = service.serviceProviderConfig(tenantA);
    assertThat(config.path("patch").path("supported").asBoolean()).isTrue();
    assertThat(config.path("filter").path("maxResults").asInt()).isEqualTo(1000);
    assertThat(config.path("authenticationSchemes").get(0).path("type").asText())
        .isEqualTo("oauthbearertoken");
    ObjectNode schemas = service.schemas(tenantA);
    List<String> ids = new ArrayList<>();
    schemas.path("Resources").forEach(schema -> ids.add(schema.path("id").asText()));
    assertThat(ids).contains("urn:ietf:params:scim:schemas:core:2.0:User",
        "urn:ietf:params:scim:schemas:core:2.0:Group",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
    assertThat(service.resourceType(tenantA, "User").path("endpoint").asText())
        .isEqualTo("/Users");
  }
}
