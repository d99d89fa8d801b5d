package io.scimitar.store.memory.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.bulk.BulkProcessor;
import io.scimitar.core.catalogue.Catalogue;
import io.scimitar.core.catalogue.CatalogueItem;
import io.scimitar.core.catalogue.CatalogueStorage;
import io.scimitar.core.catalogue.CatalogueType;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.json.ScimJson;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.service.AttributeSelection;
import io.scimitar.core.service.ScimCall;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.service.SearchRequest;
import io.scimitar.core.service.ServiceConfig;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.store.memory.MemoryStorage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Catalogue types through the protocol service: Okta's Entitlement and Role types served from a
 * host's catalogue (discovery, listing with filter, sort, index and cursor paging, get,
 * projection, refused writes), and users' {@code entitlements} and {@code roles} checked against
 * it on create, PUT and PATCH.
 */
class CatalogueServiceTest {
  private static final ScimJson JSON = ScimJson.withDefaults();
  private static final String BASE = "https://example.test/scim/v2";
  private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

  private final TenantCatalogue permissionSets = new TenantCatalogue();
  private final TenantCatalogue roles = new TenantCatalogue();
  private final ScimService service;
  private final ScimCall tenantA = new ScimCall(RequestContext.of("a", "key-a"), BASE);
  private final ScimCall tenantB = new ScimCall(RequestContext.of("b", "key-b"), BASE);

  CatalogueServiceTest() {
    CatalogueType entitlementType = CatalogueType.oktaEntitlements();
    CatalogueType roleType = CatalogueType.oktaRoles();
    SchemaRegistry registry = roleType.registerIn(
        entitlementType.registerIn(SchemaRegistry.builder().withBuiltIns())).build();
    service = new ScimService(registry, CatalogueStorage.over(new MemoryStorage(registry))
        .serve(entitlementType, permissionSets).serve(roleType, roles), ServiceConfig.defaults());
    permissionSets.add("a", item("ps-admin", "AdministratorAccess", "PermissionSet"));
    permissionSets.add("a", item("ps-read", "ReadOnlyAccess", "PermissionSet"));
    permissionSets.add("a", item("ps-billing", "Billing", "PermissionSet"));
    roles.add("a", item("role-owner", "Owner", null));
    permissionSets.add("b", item("ps-other", "Other tenant's set", "PermissionSet"));
  }

  private static CatalogueItem item(String id, String name, String type) {
    return new CatalogueItem(id, name, type, name + " permissions", AT, AT);
  }

  private static ObjectNode json(String text) {
    return JSON.readObject(text.replace('\'', '"'));
  }

  private ObjectNode search(ScimCall call, String type, Map<String, String> parameters) {
    return service.search(call, type, SearchRequest.fromQueryParameters(parameters::get));
  }

  /** A user body: its userName and {@code grants}, JSON members that follow it. */
  private static ObjectNode userBody(String userName, String grants) {
    return json("{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],'userName':'"
        + userName + "'" + grants + "}");
  }

  private String createUser(String userName, String grants) {
    return service.create(tenantA, "User", userBody(userName, grants), AttributeSelection.DEFAULT)
        .body().path("id").asText();
  }

  private JsonNode user(String id) {
    return service.get(tenantA, "User", id, AttributeSelection.DEFAULT).body();
  }

  private static List<String> values(JsonNode resource, String attribute) {
    return resource.path(attribute).findValuesAsText("value");
  }

  private static ScimException error(Executable call) {
    return catchThrowableOfType(ScimException.class, call::execute);
  }

  @Test
  void discoveryDescribesTheCatalogueTypesWithOktasSchemas() {
    JsonNode types = service.resourceTypes(tenantA).path("Resources");
    assertThat(types.findValuesAsText("endpoint"))
        .containsExactly("/Users", "/Groups", "/Entitlements", "/Roles");
    JsonNode entitlement = service.resourceType(tenantA, "Entitlement");
    assertThat(entitlement.path("schema").asText()).isEqualTo(CatalogueType.OKTA_ENTITLEMENT);
    assertThat(service.resourceType(tenantA, "Role").path("schema").asText())
        .isEqualTo(CatalogueType.OKTA_ROLE);
    JsonNode schema = service.schema(tenantA, CatalogueType.OKTA_ENTITLEMENT);
    assertThat(schema.path("attributes").findValuesAsText("name"))
        .containsExactly("displayName", "type", "description");
  }

  @Test
  void listsAPageOfOneAsOktasEntitlementTestAsks() {
    ObjectNode page = search(tenantA, "Entitlement", Map.of("count", "1", "startIndex", "1"));

    assertThat(page.path("totalResults").asInt()).isEqualTo(3);
    assertThat(page.path("itemsPerPage").asInt()).isEqualTo(1);
    assertThat(page.path("startIndex").asInt()).isEqualTo(1);
    JsonNode first = page.path("Resources").get(0);
    assertThat(first.path("id").asText()).isEqualTo("ps-admin");
    assertThat(first.path("schemas").get(0).asText()).isEqualTo(CatalogueType.OKTA_ENTITLEMENT);
    assertThat(first.path("displayName").asText()).isEqualTo("AdministratorAccess");
    assertThat(first.path("type").asText()).isEqualTo("PermissionSet");
    assertThat(first.path("meta").path("resourceType").asText()).isEqualTo("Entitlement");
    assertThat(first.path("meta").path("location").asText())
        .isEqualTo(BASE + "/Entitlements/ps-admin");
    assertThat(search(tenantA, "Entitlement", Map.of("startIndex", "3")).path("Resources")
        .findValuesAsText("id")).containsExactly("ps-read");
  }

  @Test
  void filtersSortsAndWalksByCursorOverTheCatalogue() {
    ObjectNode filtered = search(tenantA, "Entitlement",
        Map.of("filter", "displayName sw \"read\" or type eq \"nothing\""));
    assertThat(filtered.path("Resources").findValuesAsText("id")).containsExactly("ps-read");

    ObjectNode sorted = search(tenantA, "Entitlement",
        Map.of("sortBy", "displayName", "sortOrder", "descending"));
    assertThat(sorted.path("Resources").findValuesAsText("displayName"))
        .containsExactly("ReadOnlyAccess", "Billing", "AdministratorAccess");

    List<String> walked = new ArrayList<>();
    String cursor = "";
    do {
      ObjectNode page = search(tenantA, "Entitlement", Map.of("cursor", cursor, "count", "2"));
      walked.addAll(page.path("Resources").findValuesAsText("id"));
      assertThat(page.path("totalResults").asInt()).isEqualTo(3);
      cursor = page.path("nextCursor").asText("");
    } while (!cursor.isEmpty());
    assertThat(walked).containsExactly("ps-admin", "ps-billing", "ps-read");
  }

  @Test
  void getsOneItemWithProjectionAndAnswers404ForAnUnknownOne() {
    JsonNode item = service.get(tenantA, "Entitlement", "ps-read",
        new AttributeSelection("displayName", null)).body();
    assertThat(item.path("id").asText()).isEqualTo("ps-read");
    assertThat(item.path("displayName").asText()).isEqualTo("ReadOnlyAccess");
    assertThat(item.has("description")).isFalse();
    assertThat(service.get(tenantA, "Entitlement", "ps-read", AttributeSelection.DEFAULT)
        .meta().version()).as("the same item, the same version")
        .isEqualTo(service.get(tenantA, "Entitlement", "ps-read", AttributeSelection.DEFAULT)
            .meta().version());

    ScimException missing = error(() -> service.get(tenantA, "Entitlement", "ps-none",
        AttributeSelection.DEFAULT));
    assertThat(missing.status()).isEqualTo(404);
  }

  @Test
  void eachTenantSeesItsOwnCatalogue() {
    assertThat(search(tenantB, "Entitlement", Map.of()).path("Resources").findValuesAsText("id"))
        .containsExactly("ps-other");
    assertThat(error(() -> service.get(tenantB, "Entitlement", "ps-admin",
        AttributeSelection.DEFAULT)).status()).isEqualTo(404);
    ScimException foreign = error(() -> service.create(tenantB, "User",
        userBody("x@b", ",'entitlements':[{'value':'ps-admin'}]"), AttributeSelection.DEFAULT));
    assertThat(foreign.status()).isEqualTo(400);
    assertThat(foreign.detail()).as("tenant a's entitlement is unknown to tenant b")
        .contains("'ps-admin'");
  }

  @Test
  void writesToTheCatalogueAreRefusedWith405() {
    ObjectNode body = json("{'schemas':['" + CatalogueType.OKTA_ENTITLEMENT + "'],"
        + "'displayName':'New'}");
    List<Executable> writes = List.of(
        () -> service.create(tenantA, "Entitlement", body, AttributeSelection.DEFAULT),
        () -> service.create(tenantA, "Entitlement", json("{}"), AttributeSelection.DEFAULT),
        () -> service.replace(tenantA, "Entitlement", "ps-read", body, null,
            AttributeSelection.DEFAULT),
        () -> service.patch(tenantA, "Entitlement", "ps-read", json("{'schemas':['urn:ietf:"
            + "params:scim:api:messages:2.0:PatchOp'],'Operations':[{'op':'replace',"
            + "'path':'displayName','value':'x'}]}"), null, AttributeSelection.DEFAULT),
        () -> service.delete(tenantA, "Role", "role-owner", null));
    for (Executable write : writes) {
      ScimException refused = error(write);
      assertThat(refused.status()).isEqualTo(405);
      assertThat(refused.allowedMethods()).containsExactly("GET");
      assertThat(refused.detail()).contains("read-only");
    }
    assertThat(search(tenantA, "Entitlement", Map.of()).path("totalResults").asInt())
        .isEqualTo(3);
  }

  @Test
  void aUserIsCreatedWithKnownEntitlementsAndRolesOnly() {
    String id = createUser("grants@example.com", ",'entitlements':[{'value':'ps-admin',"
        + "'display':'AdministratorAccess','type':'PermissionSet'}],"
        + "'roles':[{'value':'role-owner','display':'Owner'}]");
    JsonNode stored = user(id);
    assertThat(values(stored, "entitlements")).containsExactly("ps-admin");
    assertThat(stored.path("entitlements").get(0).path("display").asText())
        .isEqualTo("AdministratorAccess");
    assertThat(values(stored, "roles")).containsExactly("role-owner");

    ScimException unknown = error(() -> createUser("nogrant@example.com",
        ",'entitlements':[{'value':'ps-admin'},{'value':'ps-missing'}]"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.scimType()).contains(ScimType.INVALID_VALUE);
    assertThat(unknown.detail()).contains("'ps-missing'").contains("Entitlement");
    ScimException role = error(() -> createUser("norole@example.com",
        ",'roles':[{'value':'ps-admin'}]"));
    assertThat(role.detail()).as("an entitlement is not a role").contains("'ps-admin'")
        .contains("Role");
    assertThat(search(tenantA, "User", Map.of("filter", "userName sw \"no\""))
        .path("totalResults").asInt()).isZero();
  }

  @Test
  void patchAddsAndRemovesEntitlementsByValueFilter() {
    String id = createUser("patch@example.com", ",'entitlements':[{'value':'ps-read'}]");

    service.patch(tenantA, "User", id, json("{'schemas':['urn:ietf:params:scim:api:messages:2.0:"
        + "PatchOp'],'Operations':[{'op':'add','path':'entitlements','value':[{'value':"
        + "'ps-admin','display':'AdministratorAccess'}]}]}"), null, AttributeSelection.DEFAULT);
    assertThat(values(user(id), "entitlements")).containsExactly("ps-read", "ps-admin");

    service.patch(tenantA, "User", id, json("{'schemas':['urn:ietf:params:scim:api:messages:2.0:"
        + "PatchOp'],'Operations':[{'op':'remove','path':'entitlements[value eq \\\"ps-read\\\"]'}"
        + "]}"), null, AttributeSelection.DEFAULT);
    assertThat(values(user(id), "entitlements")).containsExactly("ps-admin");

    ScimException unknown = error(() -> service.patch(tenantA, "User", id, json("{'schemas':"
        + "['urn:ietf:params:scim:api:messages:2.0:PatchOp'],'Operations':[{'op':'add',"
        + "'path':'entitlements','value':[{'value':'ps-gone'}]}]}"), null,
        AttributeSelection.DEFAULT));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.detail()).contains("'ps-gone'");
    assertThat(values(user(id), "entitlements")).containsExactly("ps-admin");
  }

  @Test
  void putReplacesGrantsAndKeepsAValueTheCatalogueNoLongerHolds() {
    String id = createUser("put@example.com", ",'entitlements':[{'value':'ps-billing'}]");
    permissionSets.remove("a", "ps-billing");

    service.replace(tenantA, "User", id, userBody("put@example.com", ",'entitlements':["
        + "{'value':'ps-billing'},{'value':'ps-read'}],'roles':[{'value':'role-owner'}]"), null,
        AttributeSelection.DEFAULT);
    JsonNode replaced = user(id);
    assertThat(values(replaced, "entitlements")).containsExactly("ps-billing", "ps-read");
    assertThat(values(replaced, "roles")).containsExactly("role-owner");

    assertThatThrownBy(() -> service.replace(tenantA, "User", id, userBody("put@example.com",
        ",'roles':[{'value':'role-none'}]"), null, AttributeSelection.DEFAULT))
        .isInstanceOf(ScimException.class).hasMessageContaining("'role-none'");
    service.replace(tenantA, "User", id, userBody("put@example.com", ""), null,
        AttributeSelection.DEFAULT);
    assertThat(user(id).has("entitlements")).isFalse();
  }

  @Test
  void aBulkWriteToTheCatalogueFailsAloneWith405() {
    ObjectNode response = new BulkProcessor(service).process(tenantA, json("{'schemas':["
        + "'urn:ietf:params:scim:api:messages:2.0:BulkRequest'],'Operations':["
        + "{'method':'POST','path':'/Entitlements','bulkId':'e','data':{'schemas':['"
        + CatalogueType.OKTA_ENTITLEMENT + "'],'displayName':'Bulk'}},"
        + "{'method':'POST','path':'/Users','bulkId':'u','data':{'schemas':['urn:ietf:params:"
        + "scim:schemas:core:2.0:User'],'userName':'bulk@example.com','entitlements':"
        + "[{'value':'ps-read'}]}}]}"));

    JsonNode results = response.path("Operations");
    assertThat(results.get(0).path("status").asText()).isEqualTo("405");
    assertThat(results.get(1).path("status").asText()).isEqualTo("201");
  }

  @Test
  void aCatalogueTypeMustBeReferencedByAMultiValuedComplexAttribute() {
    CatalogueType byUserName = new CatalogueType(CatalogueType.oktaRoles().resourceType(),
        CatalogueType.oktaRoles().schema(), "User", "userName");
    SchemaRegistry registry =
        byUserName.registerIn(SchemaRegistry.builder().withBuiltIns()).build();
    CatalogueStorage storage =
        CatalogueStorage.over(new MemoryStorage(registry)).serve(byUserName, roles);

    assertThatThrownBy(() -> new ScimService(registry, storage, ServiceConfig.defaults()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("User.userName");
    assertThatThrownBy(() -> storage.serve(byUserName, roles))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("served twice");
    assertThatThrownBy(() -> new CatalogueType(CatalogueType.oktaRoles().resourceType(),
        CatalogueType.oktaEntitlements().schema(), "User", "roles"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Microsoft Entra ID sends app-role assignments as JSON-encoded strings in {@code roles[].value}
   * (entra-id-extra.json, entra-roles-stringified-json): roles of Entra's app registration, not
   * of the catalogue, so they are kept as sent.
   */
  @Test
  void entraAppRoleAssignmentsAreKeptAsSent() {
    String entraRole = "{\\\"id\\\":\\\"8ae06bd4\\\",\\\"value\\\":\\\"Admin\\\"}";
    String id = createUser("entra@example.com", ",'roles':[{'value':'" + entraRole + "'}]");

    assertThat(values(user(id), "roles"))
        .containsExactly("{\"id\":\"8ae06bd4\",\"value\":\"Admin\"}");
  }

  @Test
  void usersAreFoundByTheEntitlementsTheyHold() {
    String holder = createUser("holder@example.com", ",'entitlements':[{'value':'ps-admin'}]");
    createUser("other@example.com", ",'entitlements':[{'value':'ps-read'}]");

    ObjectNode found = search(tenantA, "User",
        Map.of("filter", "entitlements[value eq \"ps-admin\"]"));

    assertThat(found.path("Resources").findValuesAsText("id")).containsExactly(holder);
  }

  /** A host's catalogue: items per tenant, changed by the test as an administrator would. */
  private static final class TenantCatalogue implements Catalogue {
    private final Map<String, List<CatalogueItem>> items = new ConcurrentHashMap<>();

    void add(String tenant, CatalogueItem item) {
      items.computeIfAbsent(tenant, key -> new CopyOnWriteArrayList<>()).add(item);
    }

    void remove(String tenant, String id) {
      items.getOrDefault(tenant, List.of()).removeIf(item -> item.id().equals(id));
    }

    @Override
    public List<CatalogueItem> items(RequestContext context) {
      return List.copyOf(items.getOrDefault(context.tenantId(), List.of()));
    }
  }
}
