package io.scimitar.store.tck.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.json.ScimJson;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.service.AttributeSelection;
import io.scimitar.core.service.ScimCall;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.service.SearchRequest;
import io.scimitar.core.service.ServiceConfig;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.typed.TypedStorage;
import io.scimitar.store.memory.MemoryStorage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The protocol service over the accounts example: what lands in the table's columns, how rows
 * the application wrote itself look through SCIM, and what the service evaluates for a store
 * that pushes down only three lookups.
 */
class AccountsServiceTest {
  private static final ScimJson JSON = ScimJson.withDefaults();
  private static final String TENANT = "acme";
  private static final ScimCall CALL =
      new ScimCall(RequestContext.of(TENANT, "okta-key"), "https://host/scim/v2");

  private final DataSource database = AccountsDatabase.create();
  private final SchemaRegistry registry = SchemaRegistry.defaults();
  private final ScimService scim = new ScimService(registry,
      TypedStorage.of(new AccountsUserStore(database), new MemoryStorage(registry)),
      ServiceConfig.defaults());

  private static ObjectNode json(String text) {
    return JSON.readObject(text.replace('\'', '"'));
  }

  private String createUser(String userName, String givenName, String familyName, String title) {
    ObjectNode body = json("{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User',"
        + "'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],"
        + "'userName':'" + userName + "','externalId':'okta-" + givenName + "',"
        + "'name':{'givenName':'" + givenName + "','familyName':'" + familyName + "',"
        + "'formatted':'" + givenName + " " + familyName + "'},'title':'" + title + "',"
        + "'emails':[{'value':'" + givenName + "@home.test','type':'home'},"
        + "{'value':'" + userName + "','type':'work','primary':true}],"
        + "'password':'Secret-123','active':true,"
        + "'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User':{'department':'R&D'}}");
    return scim.create(CALL, "User", body, AttributeSelection.DEFAULT).body().path("id").asText();
  }

  private Map<String, Object> row(String id) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement select = connection.prepareStatement(
            "SELECT * FROM accounts WHERE tenant_id = ? AND id = ?")) {
      select.setString(1, TENANT);
      select.setString(2, id);
      try (ResultSet row = select.executeQuery()) {
        assertThat(row.next()).as("row of " + id).isTrue();
        Map<String, Object> columns = new LinkedHashMap<>();
        for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
          columns.put(row.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT),
              row.getObject(i));
        }
        return columns;
      }
    }
  }

  private ObjectNode search(Map<String, String> parameters) {
    return scim.search(CALL, "User", SearchRequest.fromQueryParameters(parameters::get));
  }

  private static List<String> userNames(ObjectNode page) {
    List<String> names = new ArrayList<>();
    page.path("Resources").forEach(user -> names.add(user.path("userName").asText()));
    return names;
  }

  @Test
  void mappedAttributesLandInTheirColumnsAndTheRestInScimExtra() throws SQLException {
    String id = createUser("Babs@Example.com", "Barbara", "Jensen", "Tour Guide");

    Map<String, Object> row = row(id);

    assertThat(row).containsEntry("login", "Babs@Example.com")
        .containsEntry("login_key", "babs@example.com")
        .containsEntry("first_name", "Barbara")
        .containsEntry("last_name", "Jensen")
        .containsEntry("email", "Babs@Example.com")
        .containsEntry("enabled", true)
        .containsEntry("external_id", "okta-Barbara")
        .containsEntry("version", 1L);
    String extra = String.valueOf(row.get("scim_extra"));
    assertThat(extra).contains("Tour Guide", "Barbara@home.test", "R&D", "Barbara Jensen")
        .doesNotContain("Secret-123", "\"userName\"", "\"givenName\"", "\"meta\"");
  }

  @Test
  void aUserReadsBackAsCreatedWithoutThePassword() {
    ObjectNode created = scim.create(CALL, "User", json("{'schemas':"
        + "['urn:ietf:params:scim:schemas:core:2.0:User'],'userName':'ann',"
        + "'name':{'givenName':'Ann','honorificPrefix':'Dr.'},'password':'pw-123456',"
        + "'addresses':[{'type':'work','locality':'Berlin'}],'active':false}"),
        AttributeSelection.DEFAULT).body();

    JsonNode read = scim.get(CALL, "User", created.path("id").asText(),
        AttributeSelection.DEFAULT).body();

    assertThat(read).isEqualTo(created);
    assertThat(read.has("password")).isFalse();
    assertThat(read.path("name").path("honorificPrefix").asText()).isEqualTo("Dr.");
    assertThat(read.path("active").asBoolean(true)).isFalse();
  }

  @Test
  void rowsTheApplicationWroteItselfAreUsersToo() throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement insert = connection.prepareStatement("INSERT INTO accounts "
            + "(tenant_id, id, login, first_name, last_name, email, enabled, version, created_at,"
            + " updated_at) VALUES (?, 'legacy-1', 'mmuster', 'Max', 'Muster', 'max@corp.test',"
            + " TRUE, 7, ?, ?)")) {
      OffsetDateTime then = OffsetDateTime.parse("2020-02-02T10:00:00Z");
      insert.setString(1, TENANT);
      insert.setObject(2, then);
      insert.setObject(3, then);
      insert.executeUpdate();
    }

    JsonNode legacy = scim.get(CALL, "User", "legacy-1", AttributeSelection.DEFAULT).body();

    assertThat(legacy.path("userName").asText()).isEqualTo("mmuster");
    assertThat(legacy.path("name").path("familyName").asText()).isEqualTo("Muster");
    assertThat(legacy.path("emails").get(0).path("value").asText()).isEqualTo("max@corp.test");
    assertThat(legacy.path("emails").get(0).path("primary").asBoolean()).isTrue();
    assertThat(legacy.path("meta").path("version").asText()).isEqualTo("W/\"7\"");
    assertThat(legacy.path("meta").path("created").asText()).isEqualTo("2020-02-02T10:00:00Z");
  }

  @Test
  void aPatchIsOneConditionalUpdateOfTheRow() throws SQLException {
    String id = createUser("bjensen", "Barbara", "Jensen", "Guide");

    scim.patch(CALL, "User", id, json("{'schemas':"
        + "['urn:ietf:params:scim:api:messages:2.0:PatchOp'],'Operations':[{'op':'Replace',"
        + "'value':{'active':'False','name.familyName':'Jones'}}]}"),
        null, AttributeSelection.DEFAULT);

    assertThat(row(id)).containsEntry("enabled", false).containsEntry("last_name", "Jones")
        .containsEntry("version", 2L);
  }

  @Test
  void theServiceEvaluatesWhatTheStoreDoesNot() {
    createUser("carol", "Carol", "Chen", "Senior Engineer");
    createUser("alice", "Alice", "Anders", "Engineer");
    createUser("bob", "Bob", "Brown", "Director");
    createUser("dave", "Dave", "Dunn", "Engineer");

    ObjectNode pushedDown = search(Map.of("filter", "userName eq \"ALICE\""));
    ObjectNode inMemory = search(Map.of("filter", "title co \"engineer\"",
        "sortBy", "name.familyName", "sortOrder", "descending", "startIndex", "2", "count", "2"));
    ObjectNode mixed = search(Map.of("filter", "externalId eq \"okta-Dave\" and title pr"));

    assertThat(userNames(pushedDown)).containsExactly("alice");
    assertThat(inMemory.path("totalResults").asInt()).isEqualTo(3);
    assertThat(userNames(inMemory)).containsExactly("carol", "alice");
    assertThat(userNames(mixed)).containsExactly("dave");
  }

  @Test
  void groupsInTheMemoryStoreHoldAccountsAndLoseThemOnDelete() {
    String ann = createUser("ann", "Ann", "Arden", "Engineer");
    String ben = createUser("ben", "Ben", "Baker", "Engineer");
    String group = scim.create(CALL, "Group", json("{'schemas':"
        + "['urn:ietf:params:scim:schemas:core:2.0:Group'],'displayName':'Engineering',"
        + "'members':[{'value':'" + ann + "'},{'value':'" + ben + "'}]}"),
        AttributeSelection.DEFAULT).body().path("id").asText();

    JsonNode annWithGroups = scim.get(CALL, "User", ann, AttributeSelection.DEFAULT).body();
    scim.delete(CALL, "User", ann, null);
    JsonNode members = scim.get(CALL, "Group", group, AttributeSelection.DEFAULT).body()
        .path("members");

    assertThat(annWithGroups.path("groups").get(0).path("display").asText())
        .isEqualTo("Engineering");
    assertThat(members).hasSize(1);
    assertThat(members.get(0).path("value").asText()).isEqualTo(ben);
  }
}
