package io.scimitar.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.filter.ComparisonOperator;
import io.scimitar.core.filter.Filter;
import io.scimitar.core.filter.FilterEvaluator;
import io.scimitar.core.filter.Literal;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.spi.PageRequest;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceQuery;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.Storage;
import io.scimitar.store.memory.MemoryStorage;
import io.scimitar.store.tck.TckResources;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.opentest4j.TestAbortedException;

/**
 * Hostile values (quotes, SQL comments and keywords, LIKE wildcards, the escape character,
 * case-folding oddities, supplementary characters, NUL, very long text) stored in users and
 * thrown at every operator, in value paths, {@code not}, {@code and} and {@code or}: each
 * database returns exactly what the in-memory store returns for the same data. A filter the
 * store does not push down is evaluated the way the service would, in memory over every user.
 * PostgreSQL and MariaDB take part when reachable (required when SCIMITAR_REQUIRE_DATABASES is
 * true).
 */
class HostileFilterPropertyTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.defaults();
  private static final ResourceSchema USER = REGISTRY.resourceSchema("User");
  private static final FilterEvaluator EVALUATOR = new FilterEvaluator(USER);
  private static final RequestContext TENANT = RequestContext.of("hostile", "test");
  private static final String LONG = "x".repeat(199) + "\u00e9" + "y".repeat(300);

  private static final List<String> HOSTILE = List.of(
      "'", "''", "\"", "\\", "!", "%", "_", "!%", "a%b_c", "' OR '1'='1", "1' OR 1=1 --",
      "/* comment */", "--", "; DROP TABLE scim_resource; --", "Robert'); DROP TABLE x;--",
      "\u00c4rger", "\u00e4RGER", "stra\u00dfe", "STRASSE", "\u0130stanbul", "\u0131",
      "\u212a", "k", "\u023a", "\u2c65", "\ufb00", "\ud83d\ude00", "\ud83d\ude00x", "\uffff",
      " padded ", "padded", "", "a\u0000b", "a", "A", LONG, LONG.toUpperCase(Locale.ROOT),
      LONG.substring(0, 200), "x".repeat(3000));

  private static final List<String> PATHS = List.of("userName", "displayName", "title",
      "externalId", "emails.value", "emails.type", "name.givenName", "profileUrl",
      BuiltInSchemas.ENTERPRISE_USER + ":employeeNumber", "id");

  private static final List<Target> TARGETS = new ArrayList<>();

  /** One database with an in-memory store holding exactly the same users. */
  private record Target(TestDatabase database, Storage jdbc, Storage memory) {}

  @BeforeContainer
  static void seed() throws Exception {
    for (TestDatabase database : List.of(
        TestDatabase.h2(), TestDatabase.postgresql(), TestDatabase.mariadb())) {
      try {
        database.start();
      } catch (TestAbortedException unreachable) {
        continue;
      }
      Target target = new Target(database, database.storage(REGISTRY), new MemoryStorage(REGISTRY));
      for (ScimResource user : users(database.dialect())) {
        target.jdbc().store("User").orElseThrow().create(TENANT, user);
        target.memory().store("User").orElseThrow().create(TENANT, user);
      }
      TARGETS.add(target);
    }
  }

  @AfterContainer
  static void drop() throws Exception {
    for (Target target : TARGETS) {
      target.database().stop();
    }
    TARGETS.clear();
  }

  /** A user per hostile value (NUL only where the database stores it). */
  private static List<ScimResource> users(Dialect dialect) {
    List<ScimResource> users = new ArrayList<>();
    for (int i = 0; i < HOSTILE.size(); i++) {
      String value = HOSTILE.get(i);
      if (value.indexOf('\0') >= 0 && !dialect.storesNul()) {
        continue;
      }
      String other = HOSTILE.get((i * 7 + 3) % HOSTILE.size());
      ObjectNode tree = TckResources.tree(BuiltInSchemas.USER, BuiltInSchemas.ENTERPRISE_USER);
      tree.put("userName", value + "#" + i);
      tree.put("displayName", value);
      if (i % 3 != 0) {
        tree.put("title", other);
      }
      tree.put("externalId", other + value);
      tree.put("profileUrl", "https://example.com/" + value);
      tree.putObject("name").put("givenName", value.toUpperCase(Locale.ROOT));
      var emails = tree.putArray("emails");
      emails.addObject().put("value", value + "@example.com").put("type", other)
          .put("primary", i % 2 == 0);
      if (i % 4 == 0) {
        emails.addObject().put("value", other).put("type", "work");
      }
      tree.putObject(BuiltInSchemas.ENTERPRISE_USER).put("employeeNumber", other);
      String id = TckResources.idOf("hostile-" + i);
      users.add(TckResources.prepared("User", id, tree));
    }
    return users;
  }

  @Property(tries = 300)
  void everyDatabaseMatchesTheMemoryStore(@ForAll("filters") Filter filter) {
    assertThat(TARGETS).as("H2 at least").isNotEmpty();
    for (Target target : TARGETS) {
      List<String> expected = ids(target.memory().store("User").orElseThrow(), filter);
      assertThat(jdbcIds(target.jdbc().store("User").orElseThrow(), filter))
          .as("%s on %s", filter.render(), target.database().dialect())
          .containsExactlyElementsOf(expected);
    }
  }

  private static List<String> ids(ResourceStore store, Filter filter) {
    return store.query(TENANT, new ResourceQuery(filter, null, new PageRequest.Index(1, 1000),
            true)).resources().stream().map(resource -> resource.id().orElseThrow()).toList();
  }

  /** What the service answers: pushed down when the store says so, else evaluated in memory. */
  private static List<String> jdbcIds(ResourceStore store, Filter filter) {
    if (store.capabilities().canFilter(filter)) {
      return ids(store, filter);
    }
    return store.query(TENANT, new ResourceQuery(null, null, new PageRequest.Index(1, 1000), true))
        .resources().stream().filter(resource -> EVALUATOR.matches(filter, resource.view()))
        .map(resource -> resource.id().orElseThrow()).toList();
  }

  @Provide
  Arbitrary<Filter> filters() {
    Arbitrary<Filter> simple = Arbitraries.oneOf(comparisons(), presence(), valuePaths());
    return Arbitraries.oneOf(
        simple,
        simple.map(Filter.Not::new),
        Combinators.combine(simple, simple).as(Filter.And::new),
        Combinators.combine(simple, simple).as(Filter.Or::new));
  }

  private Arbitrary<Filter> comparisons() {
    return Combinators.combine(Arbitraries.of(PATHS), Arbitraries.of(ComparisonOperator.class),
            literals())
        .as((path, op, value) -> resolve(new Filter.Comparison(AttributePath.parse(path), op,
            new Literal.Text(value))));
  }

  private Arbitrary<Filter> presence() {
    return Arbitraries.of(PATHS).map(path -> resolve(new Filter.Present(AttributePath.parse(path))));
  }

  private Arbitrary<Filter> valuePaths() {
    Arbitrary<Filter> condition = Combinators.combine(Arbitraries.of("value", "type"),
            Arbitraries.of(ComparisonOperator.class), literals())
        .as((sub, op, value) -> new Filter.Comparison(AttributePath.of(sub), op,
            new Literal.Text(value)));
    Arbitrary<Filter> combined = Arbitraries.oneOf(condition,
        Combinators.combine(condition, condition).as(Filter.And::new),
        Combinators.combine(condition, condition).as(Filter.Or::new),
        condition.map(Filter.Not::new));
    return combined.map(inner -> resolve(new Filter.ValuePath(AttributePath.of("emails"), inner)));
  }

  /** Hostile values, their case variants and fragments, and random text. */
  private Arbitrary<String> literals() {
    Arbitrary<String> hostile = Arbitraries.of(HOSTILE);
    Arbitrary<String> wildcards = Arbitraries.of("%", "_", "!", "!%", "%#", "_#1", "a%b", "\\");
    return Arbitraries.frequencyOf(
        Tuple.of(3, wildcards),
        Tuple.of(4, hostile),
        Tuple.of(1, hostile.map(value -> value.toUpperCase(Locale.ROOT))),
        Tuple.of(1, hostile.map(value -> value + "@example.com")),
        Tuple.of(2, hostile.map(value -> value.substring(0, value.length() / 2))),
        Tuple.of(1, Arbitraries.strings().ofMaxLength(6)));
  }

  private static Filter resolve(Filter filter) {
    return EVALUATOR.resolve(filter);
  }
}
