package io.scimitar.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimitar.core.filter.Filter;
import io.scimitar.core.filter.FilterEvaluator;
import io.scimitar.core.filter.FilterParser;
import io.scimitar.core.schema.SchemaRegistry;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.store.tck.TckResources;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The filters identity providers send most are answered through an index: the query plan of
 * each (with sequential scans disabled, so the plan shows whether an index can serve at all)
 * uses the value index or the membership index, never a scan of the table.
 */
class PostgresIndexUsageTest {
  @RegisterExtension
  static final TestDatabase DATABASE = TestDatabase.postgresql();

  /** Enough users and groups in the tenant (and statistics) for the planner to choose. */
  @BeforeAll
  static void seed() throws SQLException {
    var storage = DATABASE.storage(SchemaRegistry.defaults());
    var users = storage.store("User").orElseThrow();
    var groups = storage.store("Group").orElseThrow();
    RequestContext tenant = RequestContext.of("tenant", "test");
    for (int i = 0; i < 1500; i++) {
      ObjectNode tree = TckResources.userTree("user" + i + "@example.com");
      tree.put("externalId", "00u" + i);
      tree.putArray("emails").addObject().put("value", "user" + i + "@example.com")
          .put("primary", true);
      users.create(tenant, TckResources.prepared("User", TckResources.idOf("u" + i), tree));
      if (i % 10 == 0) {
        groups.create(tenant, TckResources.group(TckResources.idOf("g" + i), "Group " + i,
            TckResources.idOf("u" + i)));
      }
    }
    try (Connection connection = DATABASE.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("ANALYZE");
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "User|userName eq \"bjensen@example.com\"|scim_value_text",
      "User|externalId eq \"00u1abcd\"|scim_value_text",
      "User|emails[value eq \"bjensen@example.com\"]|scim_value_text",
      "User|userName sw \"bjen\"|scim_value_text",
      "User|meta.lastModified gt \"2024-01-01T00:00:00Z\"|scim_value_num",
      "Group|displayName eq \"Engineering\"|scim_value_text",
      "Group|members[value eq \"2819c223-7f76-453a-919d-413861904646\"]|scim_member_by_member"})
  void commonFiltersUseAnIndex(String resourceType, String text, String index)
      throws SQLException {
    var schema = SchemaRegistry.defaults().resourceSchema(resourceType);
    Filter filter = new FilterEvaluator(schema).resolve(FilterParser.withDefaults().parse(text));
    Sql condition = new FilterSql(new AttributeCatalog(schema), Dialect.POSTGRESQL)
        .translate(filter, "tenant").orElseThrow();
    Sql explain = new Sql().append("EXPLAIN SELECT r.document FROM scim_resource r"
            + " WHERE r.tenant = ").param("tenant").append(" AND r.resource_type = ")
        .param(resourceType).append(" AND (").append(condition).append(")");

    StringBuilder plan = new StringBuilder();
    try (Connection connection = DATABASE.dataSource().getConnection()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET enable_seqscan = off");
      }
      try (PreparedStatement statement = explain.prepare(connection);
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          plan.append(rows.getString(1)).append('\n');
        }
      }
    }

    assertThat(plan.toString()).contains(index).doesNotContain("Seq Scan");
  }
}
