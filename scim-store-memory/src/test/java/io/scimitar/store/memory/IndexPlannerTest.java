package io.scimitar.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.filter.ComparisonOperator;
import io.scimitar.core.filter.Filter;
import io.scimitar.core.filter.Literal;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.resource.Meta;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.SchemaRegistry;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IndexPlannerTest {
  private static final ResourceSchema USER =
      SchemaRegistry.defaults().resourceSchema("User");
  private static final String CORE = BuiltInSchemas.USER;

  private final TypeTable table = new TypeTable("User", UniqueAttribute.of(USER), false);

  @BeforeEach
  void fill() {
    table.insert(row("1", "BJensen", "ext-1"));
    table.insert(row("2", "jsmith", "ext-2"));
    table.insert(row("3", "mpepper", "ext-2"));
  }

  private static Row row(String id, String userName, String externalId) {
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    tree.putArray("schemas").add(CORE);
    tree.put("id", id);
    tree.put("externalId", externalId);
    tree.put("userName", userName);
    Instant now = Instant.parse("2024-01-01T00:00:00Z");
    tree.set("meta", new Meta("User", now, now, null, "1").toJson());
    return Row.of(ScimResource.wrap("User", tree));
  }

  private static Filter eq(String path, String value) {
    return new Filter.Comparison(
        AttributePath.parse(path), ComparisonOperator.EQ, new Literal.Text(value));
  }

  private Optional<Set<String>> plan(Filter filter) {
    return IndexPlanner.candidates(filter, table, CORE);
  }

  @Test
  void uniqueAttributesAreLookedUpCaseInsensitivelyUnlessCaseExact() {
    assertThat(plan(eq("userName", "bjensen"))).contains(Set.of("1"));
    assertThat(plan(eq(CORE + ":userName", "JSMITH"))).contains(Set.of("2"));
    assertThat(plan(eq("userName", "nobody"))).contains(Set.of());
  }

  @Test
  void idAndExternalIdAreLookedUpExactly() {
    assertThat(plan(eq("id", "2"))).contains(Set.of("2"));
    assertThat(plan(eq("id", "9"))).contains(Set.of());
    assertThat(plan(eq("externalId", "ext-2"))).contains(Set.of("2", "3"));
    assertThat(plan(eq("externalId", "EXT-2"))).contains(Set.of());
  }

  @Test
  void conjunctionsUseAnIndexedSideAndDisjunctionsNeedBoth() {
    Filter unindexed = new Filter.Present(AttributePath.of("title"));

    assertThat(plan(new Filter.And(unindexed, eq("userName", "jsmith")))).contains(Set.of("2"));
    assertThat(plan(new Filter.Or(eq("id", "1"), eq("externalId", "ext-2"))))
        .contains(Set.of("1", "2", "3"));
    assertThat(plan(new Filter.Or(eq("id", "1"), unindexed))).isEmpty();
    assertThat(plan(new Filter.Not(eq("id", "1")))).isEmpty();
    assertThat(plan(new Filter.Comparison(AttributePath.of("userName"), ComparisonOperator.SW,
        new Literal.Text("b")))).isEmpty();
  }

  @Test
  void indexesFollowReplaceAndRemove() {
    Row renamed = row("2", "john", "ext-9");
    table.replace(table.get("2"), renamed);
    table.remove(table.get("3"));

    assertThat(plan(eq("userName", "jsmith"))).contains(Set.of());
    assertThat(plan(eq("userName", "JOHN"))).contains(Set.of("2"));
    assertThat(plan(eq("externalId", "ext-2"))).contains(Set.of());
    assertThat(table.orderedIds()).containsExactly("1", "2");
  }

  @Test
  void aTakenUniqueValueIsAConflictNamingTheAttribute() {
    ScimException error =
        catchThrowableOfType(ScimException.class, () -> table.insert(row("4", "BJENSEN", "x")));

    assertThat(error.status()).isEqualTo(409);
    assertThat(error.scimType()).contains(ScimType.UNIQUENESS);
    assertThat(error.detail()).isEqualTo("a User with userName 'BJENSEN' already exists");
    assertThat(table.get("4")).isNull();
  }
}
