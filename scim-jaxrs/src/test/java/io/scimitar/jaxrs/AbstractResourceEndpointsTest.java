package io.scimitar.jaxrs;

import static io.scimitar.jaxrs.support.ScimClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.jaxrs.support.ScimResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The resource endpoints over HTTP: CRUD, lists, searches, ETags and media types. */
abstract class AbstractResourceEndpointsTest extends ScimHttpTestBase {

  @Test
  void createAnswers201WithLocationEtagAndTheFullResource() {
    String userName = uniqueName("create");
    String body = userJson(userName)
        .replace("\"active\":true", "\"active\":true,\"password\":\"1mz050nq\"");
    ScimResponse created = tenantA.post("Users", body);

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.mediaType()).isEqualTo("application/scim+json");
    JsonNode user = created.json();
    assertThat(user.path("id").asText()).isNotBlank();
    assertThat(user.path("userName").asText()).isEqualTo(userName);
    assertThat(user.path("schemas").get(0).asText()).isEqualTo(USER_URN);
    assertThat(user.path("meta").path("resourceType").asText()).isEqualTo("User");
    assertThat(user.has("password")).isFalse();
    assertThat(created.header("Location"))
        .isEqualTo(server.baseUri() + "Users/" + user.path("id").asText())
        .isEqualTo(user.path("meta").path("location").asText());
    assertThat(created.header("ETag")).isEqualTo("W/\"1\"")
        .isEqualTo(user.path("meta").path("version").asText());
  }

  @Test
  void getAnswersTheResourceWithEtagLocationAndAttributeSelection() {
    String id = createUser(tenantA, uniqueName("get"));

    ScimResponse read = tenantA.get("Users/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("ETag")).isEqualTo("W/\"1\"");
    assertThat(read.header("Location")).isEqualTo(server.baseUri() + "Users/" + id);
    assertThat(read.json().path("name").path("givenName").asText()).isEqualTo("Barbara");

    JsonNode selected = tenantA.get("Users/" + id + "?attributes=userName").json();
    assertThat(selected.has("userName")).isTrue();
    assertThat(selected.has("id")).isTrue();
    assertThat(selected.has("name")).isFalse();

    JsonNode excluded = tenantA.get("Users/" + id + "?excludedAttributes=name,emails").json();
    assertThat(excluded.has("name")).isFalse();
    assertThat(excluded.has("emails")).isFalse();
    assertThat(excluded.has("userName")).isTrue();
  }

  @Test
  void listAnswersAListResponseWithIntegerCountsAndStablePages() {
    String prefix = "page-" + UUID.randomUUID();
    for (int i = 0; i < 5; i++) {
      createUser(tenantA, prefix + "-" + i + "@example.com");
    }
    String filter = "&filter=" + encode("userName sw \"" + prefix + "\"");

    JsonNode all = tenantA.get("Users?startIndex=1&count=100" + filter).json();
    assertThat(all.path("schemas").get(0).asText()).isEqualTo(LIST_URN);
    assertThat(all.path("totalResults").isInt()).isTrue();
    assertThat(all.path("startIndex").isInt()).isTrue();
    assertThat(all.path("itemsPerPage").isInt()).isTrue();
    assertThat(all.path("totalResults").asInt()).isEqualTo(5);
    List<String> ids = ids(all);

    List<String> paged = new ArrayList<>();
    for (int start = 1; start <= 5; start += 2) {
      JsonNode page = tenantA.get("Users?startIndex=" + start + "&count=2" + filter).json();
      assertThat(page.path("startIndex").asInt()).isEqualTo(start);
      assertThat(page.path("totalResults").asInt()).isEqualTo(5);
      paged.addAll(ids(page));
    }
    assertThat(paged).isEqualTo(ids);
  }

  @Test
  void countAndStartIndexFollowRfc7644Clamping() {
    String userName = uniqueName("clamp");
    createUser(tenantA, userName);
    String filter = "&filter=" + encode("userName eq \"" + userName + "\"");

    JsonNode zero = tenantA.get("Users?count=0" + filter).json();
    assertThat(zero.path("totalResults").asInt()).isEqualTo(1);
    assertThat(zero.path("itemsPerPage").asInt()).isZero();
    assertThat(zero.path("Resources")).isEmpty();

    JsonNode negative = tenantA.get("Users?count=-5" + filter).json();
    assertThat(negative.path("itemsPerPage").asInt()).isZero();

    JsonNode belowOne = tenantA.get("Users?startIndex=-3" + filter).json();
    assertThat(belowOne.path("startIndex").asInt()).isEqualTo(1);
    assertThat(belowOne.path("itemsPerPage").asInt()).isEqualTo(1);

    assertError(tenantA.get("Users?count=ten"), 400, "invalidValue");
    assertError(tenantA.get("Users?startIndex=1.5"), 400, "invalidValue");
  }

  @Test
  void filtersDecodeTheSameWithPlusAndPercentTwentyAndMatchUserNameCaseInsensitively() {
    String userName = uniqueName("Filter.Case");
    String id = createUser(tenantA, userName);

    String upper = userName.toUpperCase(Locale.ROOT);
    String plus = "Users?filter=" + encode("userName eq \"" + upper + "\"");
    String percent = plus.replace("+", "%20");
    for (String path : List.of(plus, percent)) {
      JsonNode found = tenantA.get(path).json();
      assertThat(found.path("totalResults").asInt()).as(path).isEqualTo(1);
      assertThat(found.path("Resources").get(0).path("id").asText()).isEqualTo(id);
    }
    JsonNode absent = tenantA.get("Users?filter=" + encode("userName eq \"absent@example.com\""))
        .json();
    assertThat(absent.path("totalResults").asInt()).isZero();
    assertThat(absent.path("Resources").isArray()).isTrue();
    assertThat(absent.path("Resources")).isEmpty();
  }

  @Test
  void putReplacesPatchModifiesAndDeleteRemoves() {
    String userName = uniqueName("crud");
    String id = createUser(tenantA, userName);

    String replacement = """
        {"schemas":["%s"],"id":"%s","userName":"%s",
         "name":{"givenName":"Babs","familyName":"Jensen"},"active":true,"groups":[],"meta":{"resourceType":"User"}}
        """.formatted(USER_URN, id, userName);
    ScimResponse replaced = tenantA.put("Users/" + id, replacement);
    assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
    assertThat(replaced.header("ETag")).isEqualTo("W/\"2\"");
    assertThat(replaced.json().path("name").path("givenName").asText()).isEqualTo("Babs");
    assertThat(replaced.json().has("emails")).as("omitted attributes are cleared").isFalse();

    ScimResponse patched = tenantA.patch("Users/" + id,
        patchJson("{\"op\":\"replace\",\"path\":\"active\",\"value\":false}"));
    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.json().path("active").asBoolean()).isFalse();
    assertThat(patched.header("ETag")).isEqualTo("W/\"3\"");

    ScimResponse deleted = tenantA.delete("Users/" + id);
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    assertError(tenantA.get("Users/" + id), 404, null);
  }

  @Test
  void etagPreconditionsOnReadsAndWrites() {
    String id = createUser(tenantA, uniqueName("etag"));
    String user = "Users/" + id;

    ScimResponse notModified = tenantA.get(user, "If-None-Match", "W/\"1\"");
    assertThat(notModified.status()).isEqualTo(304);
    assertThat(notModified.header("ETag")).isEqualTo("W/\"1\"");
    assertThat(notModified.body()).isEmpty();
    assertThat(tenantA.get(user, "If-None-Match", "W/\"7\"").status()).isEqualTo(200);
    assertError(tenantA.get(user, "If-Match", "W/\"7\""), 412, null);
    assertThat(tenantA.get(user, "If-Match", "W/\"1\"").status()).isEqualTo(200);

    String deactivate = patchJson("{\"op\":\"replace\",\"path\":\"active\",\"value\":false}");
    assertError(tenantA.patch(user, deactivate, "If-Match", "W/\"9\""), 412, null);
    assertError(tenantA.patch(user, deactivate, "If-None-Match", "*"), 412, null);
    ScimResponse patched = tenantA.patch(user, deactivate, "If-Match", "W/\"1\"");
    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.header("ETag")).isEqualTo("W/\"2\"");

    String body = tenantA.get(user).body();
    assertError(tenantA.put(user, body, "If-Match", "W/\"1\""), 412, null);
    assertThat(tenantA.put(user, body, "If-Match", "W/\"2\"").status()).isEqualTo(200);
    assertError(tenantA.delete(user, "If-Match", "W/\"1\""), 412, null);
    assertThat(tenantA.delete(user, "If-Match", "*").status()).isEqualTo(204);
  }

  @Test
  void groupsWithMembersPatchedMemberByMember() {
    String alice = createUser(tenantA, uniqueName("alice"));
    String bob = createUser(tenantA, uniqueName("bob"));
    ScimResponse created = tenantA.post("Groups", groupJson("Team " + alice, alice));
    assertThat(created.status()).isEqualTo(201);
    String id = created.json().path("id").asText();
    assertThat(created.json().path("members").get(0).path("value").asText()).isEqualTo(alice);

    ScimResponse added = tenantA.patch("Groups/" + id, patchJson(
        "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + bob + "\"}]}"));
    assertThat(added.status()).isEqualTo(204);
    assertThat(added.header("ETag")).isEqualTo("W/\"2\"");

    JsonNode group = tenantA.get("Groups/" + id).json();
    assertThat(group.path("members").findValuesAsText("value"))
        .containsExactlyInAnyOrder(alice, bob);
    JsonNode withoutMembers = tenantA.get("Groups/" + id + "?excludedAttributes=members").json();
    assertThat(withoutMembers.has("members")).isFalse();
    JsonNode user = tenantA.get("Users/" + bob).json();
    assertThat(user.path("groups").findValuesAsText("value")).containsExactly(id);
  }

  @Test
  void searchWithPostPerTypeAndAtTheRoot() {
    String userName = uniqueName("search");
    String userId = createUser(tenantA, userName);
    String groupId = createGroup(tenantA, "Search group " + userId);

    String byUserName = """
        {"schemas":["%s"],"filter":"userName eq \\"%s\\"","attributes":["userName"]}
        """.formatted(SEARCH_URN, userName);
    JsonNode typed = tenantA.post("Users/.search", byUserName).json();
    assertThat(typed.path("totalResults").asInt()).isEqualTo(1);
    assertThat(typed.path("Resources").get(0).path("id").asText()).isEqualTo(userId);
    assertThat(typed.path("Resources").get(0).has("name")).isFalse();

    JsonNode root = tenantA.post(".search", byUserName).json();
    assertThat(root.path("schemas").get(0).asText()).isEqualTo(LIST_URN);
    assertThat(root.path("totalResults").asInt()).isEqualTo(1);
    assertThat(root.path("Resources").get(0).path("id").asText()).isEqualTo(userId);

    String byDisplayName = """
        {"schemas":["%s"],"filter":"displayName eq \\"Search group %s\\"","count":10}
        """.formatted(SEARCH_URN, userId);
    JsonNode groups = tenantA.post(".search", byDisplayName).json();
    assertThat(ids(groups)).containsExactly(groupId);

    assertError(tenantA.post(".search", "{\"schemas\":[\"" + SEARCH_URN
        + "\"],\"filter\":\"userName eq\"}"), 400, "invalidFilter");
    assertError(tenantA.post("Users/.search", "{\"filter\":\"userName pr\"}"), 400,
        "invalidSyntax");
  }

  @Test
  void rootSearchPagesAcrossResourceTypes() {
    ScimResponse fresh = tenantB.post(".search", "{\"schemas\":[\"" + SEARCH_URN + "\"]}");
    int before = fresh.json().path("totalResults").asInt();
    String marker = "root-" + UUID.randomUUID();
    createUser(tenantB, marker + "@example.com");
    createGroup(tenantB, marker);
    JsonNode all = tenantB.post(".search", "{\"schemas\":[\"" + SEARCH_URN + "\"]}").json();
    assertThat(all.path("totalResults").asInt()).isEqualTo(before + 2);

    JsonNode last = tenantB.post(".search", "{\"schemas\":[\"" + SEARCH_URN
        + "\"],\"startIndex\":" + (before + 2) + ",\"count\":5}").json();
    assertThat(last.path("itemsPerPage").asInt()).isEqualTo(1);
    assertThat(last.path("Resources").get(0).path("meta").path("resourceType").asText())
        .isEqualTo("Group");
  }

  @Test
  void hostDefinedResourceTypesAreServedAtTheirEndpoint() {
    String serial = "SN-" + UUID.randomUUID();
    String device = """
        {"schemas":["urn:example:scim:schemas:Device"],"displayName":"Laptop","serialNumber":"%s"}
        """.formatted(serial);
    ScimResponse created = tenantA.post("Devices", device);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().path("id").asText();
    assertThat(created.header("Location")).isEqualTo(server.baseUri() + "Devices/" + id);
    assertThat(created.json().path("meta").path("resourceType").asText()).isEqualTo("Device");

    JsonNode found = tenantA.get("Devices?filter=" + encode("serialNumber eq \"" + serial + "\""))
        .json();
    assertThat(ids(found)).containsExactly(id);
    assertError(tenantA.post("Devices", device), 409, "uniqueness");
    assertThat(tenantA.delete("Devices/" + id).status()).isEqualTo(204);
  }

  @Test
  void mediaTypesAreNegotiated() {
    String id = createUser(tenantA, uniqueName("media"));
    assertThat(tenantA.get("Users/" + id).mediaType()).isEqualTo("application/scim+json");
    assertThat(tenantA.get("Users/" + id, "Accept", "application/scim+json").mediaType())
        .isEqualTo("application/scim+json");
    assertThat(tenantA.get("Users/" + id, "Accept", "application/json").mediaType())
        .isEqualTo("application/json");
    assertThat(tenantA.get("Users/" + id, "Accept", "application/json, application/scim+json;q=0.5")
        .mediaType()).isEqualTo("application/json");
    assertThat(tenantA.get("Users/" + id, "Accept", "*/*").mediaType())
        .isEqualTo("application/scim+json");
    assertThat(tenantA.get("Users/" + id, "Accept", "application/scim+json; charset=utf-8",
        "Accept-Charset", "utf-8").status()).isEqualTo(200);
    assertError(tenantA.get("Users/" + id, "Accept", "text/html"), 406, null);

    for (String type : List.of("application/json", "application/scim+json; charset=utf-8",
        "application/json;charset=UTF-8")) {
      ScimResponse created =
          tenantA.post("Users", userJson(uniqueName("ct")), "Content-Type", type);
      assertThat(created.status()).as(type).isEqualTo(201);
    }
    assertError(tenantA.post("Users", userJson(uniqueName("ct")), "Content-Type", "text/plain"),
        415, null);
  }

  @Test
  void discoveryEndpointsDescribeTheService() {
    JsonNode config = tenantA.get("ServiceProviderConfig").json();
    assertThat(config.path("bulk").path("supported").asBoolean()).isTrue();
    assertThat(config.path("bulk").path("maxOperations").asInt()).isEqualTo(20);
    assertThat(config.path("bulk").path("maxPayloadSize").asInt()).isEqualTo(64 * 1024);
    assertThat(config.path("etag").path("supported").asBoolean()).isTrue();
    assertThat(config.path("authenticationSchemes").get(0).path("type").asText())
        .isEqualTo("oauthbearertoken");

    JsonNode schemas = tenantA.get("Schemas").json();
    assertThat(schemas.path("Resources").findValuesAsText("id")).contains(USER_URN, GROUP_URN,
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
        "urn:example:scim:schemas:Device");
    JsonNode user = tenantA.get("Schemas/" + USER_URN).json();
    assertThat(user.path("id").asText()).isEqualTo(USER_URN);
    assertError(tenantA.get("Schemas/urn:example:unknown"), 404, null);

    JsonNode types = tenantA.get("ResourceTypes").json();
    assertThat(types.path("Resources").findValuesAsText("endpoint"))
        .contains("/Users", "/Groups", "/Devices");
    assertThat(tenantA.get("ResourceTypes/User").json().path("endpoint").asText())
        .isEqualTo("/Users");
    assertError(tenantA.get("ResourceTypes/Unknown"), 404, null);
  }

  static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.path("Resources").forEach(resource -> ids.add(resource.path("id").asText()));
    return ids;
  }
}
