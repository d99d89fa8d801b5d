package io.scimitar.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.filter.Filter;
import io.scimitar.core.filter.FilterEvaluator;
import io.scimitar.core.filter.FilterParser;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.spi.PageRequest;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceQuery;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.Storage;
import io.scimitar.store.tck.TckResources;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A database just migrated and filled, before any ANALYZE (as after a deployment or a bulk
 * load), still answers the filters identity providers send through an index: no sequential
 * scan, and no scan of the value or membership index repeated per resource (the plan that,
 * without statistics, took seconds on a few hundred users), with the right resources found.
 */
class PostgresFreshDatabasePlanTest {
  private static final int USERS = 150;
  private static final RequestContext TENANT = RequestContext.of("tenant", "test");
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final TestDatabase DATABASE = TestDatabase.postgresql();

  private static Storage storage;

  /** Users with two e-mails each and groups of ten members: a few thousand value rows. */
  @BeforeAll
  static void seed() {
    storage = DATABASE.storage(SchemaRegistry.defaults());
    ResourceStore users = storage.store("User").orElseThrow();
    ResourceStore groups = storage.store("Group").orElseThrow();
    for (int i = 0; i < USERS; i++) {
      ObjectNode tree = TckResources.userTree("user" + i + "@example.com");
      tree.put("externalId", "00u" + i);
      tree.put("displayName", "User " + i);
      tree.put("active", true);
      tree.putObject("name").put("givenName", "Given" + i).put("familyName", "Family" + i);
      var emails = tree.putArray("emails");
      emails.addObject().put("value", "user" + i + "@example.com").put("type", "work")
          .put("primary", true);
      emails.addObject().put("value", "u" + i + "@home.example").put("type", "home");
      users.create(TENANT, TckResources.prepared("User", TckResources.idOf("u" + i), tree));
      if (i % 10 == 9) {
        String[] members = new String[10];
        for (int k = 0; k < members.length; k++) {
          members[k] = TckResources.idOf("u" + (i - k));
        }
        groups.create(TENANT, TckResources.group(TckResources.idOf("g" + i), "Group " + i,
            members));
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "User|userName eq \"user77@example.com\"|u77",
      "User|externalId eq \"00u77\"|u77",
      "User|emails[value eq \"USER77@example.com\"]|u77",
      "User|emails.value eq \"u77@home.example\"|u77",
      "User|userName eq \"user77@example.com\" and active eq true|u77",
      "Group|displayName eq \"Group 79\"|g79",
      "Group|members[value eq \"" + "%MEMBER%" + "\"]|g79",
      "Group|members.value eq \"" + "%MEMBER%" + "\"|g79"})
  void identityProviderFiltersUseIndexesWithoutStatistics(String resourceType, String text,
      String expected) throws SQLException {
    String filterText = text.replace("%MEMBER%", TckResources.idOf("u77"));
    var schema = SchemaRegistry.defaults().resourceSchema(resourceType);
    Filter filter = new FilterEvaluator(schema).resolve(FilterParser.withDefaults()
        .parse(filterText));
    Sql condition = new FilterSql(new AttributeCatalog(schema), Dialect.POSTGRESQL)
        .translate(filter, "tenant").orElseThrow();

    for (Sql query : List.of(count(resourceType, condition), page(resourceType, condition))) {
      JsonNode plan = explain(query);
      List<String> problems = new ArrayList<>();
      inspect(plan, problems);
      assertThat(problems).as("plan of %s:%n%s", query, plan.toPrettyString()).isEmpty();
    }

    ResourceStore store = storage.store(resourceType).orElseThrow();
    var result = store.query(TENANT, new ResourceQuery(filter, null,
        new PageRequest.Index(1, 100), true));
    assertThat(result.resources()).extracting(resource -> resource.id().orElseThrow())
        .containsExactly(TckResources.idOf(expected));
    assertThat(result.total()).hasValue(1);
  }

  /** The store's count statement for a condition. */
  private static Sql count(String resourceType, Sql condition) {
    return new Sql().append("SELECT COUNT(*) FROM scim_resource r WHERE r.tenant = ")
        .param("tenant").append(" AND r.resource_type = ").param(resourceType)
        .append(" AND (").append(condition).append(")");
  }

  /** The store's page statement for a condition, in id order. */
  private static Sql page(String resourceType, Sql condition) {
    return new Sql().append("SELECT r.id, r.document FROM scim_resource r WHERE r.tenant = ")
        .param("tenant").append(" AND r.resource_type = ").param(resourceType)
        .append(" AND (").append(condition).append(") ORDER BY r.id ASC LIMIT ").param(101);
  }

  private static JsonNode explain(Sql query) throws SQLException {
    Sql explain = new Sql().append("EXPLAIN (ANALYZE, FORMAT JSON) ").append(query);
    try (Connection connection = DATABASE.dataSource().getConnection();
        PreparedStatement statement = explain.prepare(connection);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return JSON.readTree(rows.getString(1)).get(0).get("Plan");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Collects what a plan must not do on the store's tables: read one sequentially, or scan the
   * value or membership table more than once (a scan repeated per resource).
   */
  private static void inspect(JsonNode node, List<String> problems) {
    String type = node.path("Node Type").asText();
    String relation = node.path("Relation Name").asText("");
    if (relation.startsWith("scim_")) {
      if (type.equals("Seq Scan")) {
        problems.add("sequential scan of " + relation);
      }
      if (!relation.equals("scim_resource") && node.path("Actual Loops").asLong() > 1) {
        problems.add(type + " of " + relation + " repeated " + node.path("Actual Loops").asLong()
            + " times");
      }
    }
    for (JsonNode child : node.path("Plans")) {
      inspect(child, problems);
    }
  }
}
