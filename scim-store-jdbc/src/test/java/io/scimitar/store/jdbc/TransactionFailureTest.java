package io.scimitar.store.jdbc;

import static io.scimitar.store.tck.TckResources.idOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.filter.FilterEvaluator;
import io.scimitar.core.filter.FilterParser;
import io.scimitar.core.patch.MemberRef;
import io.scimitar.core.patch.MembershipChange;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.spi.PageRequest;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceQuery;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.ResourceUpdate;
import io.scimitar.store.tck.TckResources;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A connection lost in the middle of a write: the caller gets 503, and the database holds the
 * state before the write, with no row of the resource, its index or its members half-written.
 * Also checks that a member-level change issues statements about that member only.
 */
class TransactionFailureTest {
  @RegisterExtension
  static final TestDatabase DATABASE = TestDatabase.h2();

  private final RequestContext tenant = RequestContext.of("t-" + UUID.randomUUID(), "test");
  private RecordingDataSource dataSource;
  private ResourceStore users;
  private ResourceStore groups;

  @BeforeEach
  void open() {
    dataSource = new RecordingDataSource(DATABASE.dataSource());
    JdbcStorage storage = new JdbcStorage(dataSource, Dialect.H2, SchemaRegistry.defaults());
    users = storage.store("User").orElseThrow();
    groups = storage.store("Group").orElseThrow();
  }

  private static ScimResource fullUser(String name) {
    ObjectNode tree = TckResources.tree(BuiltInSchemas.USER, BuiltInSchemas.ENTERPRISE_USER);
    tree.put("userName", name);
    tree.put("externalId", "ext-" + name);
    tree.putArray("emails").addObject().put("value", name + "@example.com").put("primary", true);
    tree.putObject(BuiltInSchemas.ENTERPRISE_USER).put("employeeNumber", "42");
    return TckResources.prepared("User", idOf(name), tree);
  }

  @Test
  void aCreateCutShortAtAnyStatementLeavesNothingBehind() throws SQLException {
    for (int executions = 0; executions < 4; executions++) {
      dataSource.failAfter(executions);

      ScimException error = catchThrowableOfType(ScimException.class,
          () -> users.create(tenant, fullUser("bjensen")));

      assertThat(error.status()).as("after %d statements", executions).isEqualTo(503);
      assertThat(error.detail()).doesNotContain("08006", "reset");
      dataSource.heal();
      assertThat(users.get(tenant, idOf("bjensen"), true)).isEmpty();
      assertThat(rowsOf("scim_value", idOf("bjensen"))).isZero();
      assertThat(rowsOf("scim_unique", idOf("bjensen"))).isZero();
    }
    users.create(tenant, fullUser("bjensen"));
    assertThat(rowsOf("scim_unique", idOf("bjensen"))).isEqualTo(1);
  }

  @Test
  void anUpdateCutShortKeepsTheStoredVersionAndItsIndex() throws SQLException {
    ScimResource v1 = users.create(tenant, fullUser("bjensen"));
    int indexRows = rowsOf("scim_value", idOf("bjensen"));
    ScimResource renamed = TckResources.withText(v1, "userName", "babs");

    for (int executions = 0; executions < 5; executions++) {
      dataSource.failAfter(executions);
      ScimException error = catchThrowableOfType(ScimException.class,
          () -> users.update(tenant, ResourceUpdate.replace(renamed, "1")));
      assertThat(error.status()).isEqualTo(503);
      dataSource.heal();

      assertThat(users.get(tenant, idOf("bjensen"), true)).contains(v1);
      assertThat(rowsOf("scim_value", idOf("bjensen"))).isEqualTo(indexRows);
      assertThat(idsMatching("userName eq \"bjensen\"")).containsExactly(idOf("bjensen"));
    }
  }

  @Test
  void anUnreachableDatabaseIsServiceUnavailable() {
    dataSource.unreachable();

    for (Runnable call : List.<Runnable>of(
        () -> users.create(tenant, fullUser("x")),
        () -> users.get(tenant, idOf("x"), true),
        () -> users.delete(tenant, idOf("x"), null),
        () -> users.query(tenant, new ResourceQuery(null, null, new PageRequest.Index(1, 10),
            true)))) {
      ScimException error = catchThrowableOfType(ScimException.class, call::run);
      assertThat(error.status()).isEqualTo(503);
      assertThat(error.scimType()).isEmpty();
    }
  }

  @Test
  void aSerializationFailureIsRetriedThenAnsweredWithServiceUnavailable() {
    dataSource.failCommits(2);
    users.create(tenant, fullUser("retried"));
    assertThat(users.get(tenant, idOf("retried"), true)).isPresent();

    dataSource.failCommits(100);
    ScimException error = catchThrowableOfType(ScimException.class,
        () -> users.create(tenant, fullUser("gave-up")));
    dataSource.heal();

    assertThat(error.status()).isEqualTo(503);
    assertThat(error.detail()).contains("retry");
    assertThat(users.get(tenant, idOf("gave-up"), true)).isEmpty();
  }

  @Test
  void addingOneMemberToALargeGroupTouchesOnlyThatMember() {
    String[] many = new String[1000];
    for (int i = 0; i < many.length; i++) {
      many[i] = idOf("member-" + i);
    }
    groups.create(tenant, TckResources.group(idOf("big"), "Big", many));
    ScimResource current = groups.get(tenant, idOf("big"), false).orElseThrow();
    dataSource.clear();

    groups.update(tenant, new ResourceUpdate(TckResources.nextVersion(current), "1", false,
        List.of(new MembershipChange.Add(List.of(MemberRef.of(idOf("newcomer")))),
            new MembershipChange.Remove(java.util.Set.of(idOf("member-3"))))));

    List<String> memberStatements = dataSource.statements().stream()
        .filter(sql -> sql.contains("scim_member")).toList();
    assertThat(memberStatements).hasSize(3)
        .allSatisfy(sql -> assertThat(sql).contains("member_id"));
    assertThat(memberStatements.get(0)).contains("member_id IN (?)");
    assertThat(TckResources.memberIds(groups.get(tenant, idOf("big"), true).orElseThrow()))
        .hasSize(1000).contains(idOf("newcomer")).doesNotContain(idOf("member-3"));
  }

  private List<String> idsMatching(String filter) {
    var parsed = new FilterEvaluator(SchemaRegistry.defaults().resourceSchema("User"))
        .resolve(FilterParser.withDefaults().parse(filter));
    return users.query(tenant, new ResourceQuery(parsed, null, new PageRequest.Index(1, 10), true))
        .resources().stream().map(resource -> resource.id().orElseThrow()).toList();
  }

  private int rowsOf(String table, String resourceId) throws SQLException {
    try (Connection connection = DATABASE.dataSource().getConnection();
        PreparedStatement count = connection.prepareStatement(
            "SELECT COUNT(*) FROM " + table + " WHERE tenant = ? AND resource_id = ?")) {
      count.setString(1, tenant.tenantId());
      count.setString(2, resourceId);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }
}
