package io.scimitar.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.filter.ComparisonOperator;
import io.scimitar.core.filter.Filter;
import io.scimitar.core.filter.FilterEvaluator;
import io.scimitar.core.filter.FilterParser;
import io.scimitar.core.filter.Literal;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.resource.Meta;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.SchemaRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IndexPlannerTest {
  private static final ResourceSchema USER =
      SchemaRegistry.defaults().resourceSchema("User");
  private static final String CORE = BuiltInSchemas.USER;

  private static final FilterParser PARSER = FilterParser.withDefaults();
  private static final FilterEvaluator EVALUATOR = new FilterEvaluator(USER);

  private final TypeTable table =
      new TypeTable("User", UniqueAttribute.of(USER), FilterIndexes.of(USER), false);

  @BeforeEach
  void fill() {
    table.insert(row("1", "BJensen", "ext-1"));
    table.insert(row("2", "jsmith", "ext-2"));
    table.insert(row("3", "mpepper", "ext-2"));
  }

  private static Row row(String id, String userName, String externalId) {
    return row(id, userName, externalId, tree -> { });
  }

  private static Row row(
      String id, String userName, String externalId, Consumer<ObjectNode> more) {
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    tree.putArray("schemas").add(CORE);
    tree.put("id", id);
    tree.put("externalId", externalId);
    tree.put("userName", userName);
    more.accept(tree);
    Instant now = Instant.parse("2024-01-01T00:00:00Z");
    tree.set("meta", new Meta("User", now, now, null, "1").toJson());
    return Row.of(ScimResource.wrap("User", tree));
  }

  private static Filter eq(String path, String value) {
    return new Filter.Comparison(
        AttributePath.parse(path), ComparisonOperator.EQ, new Literal.Text(value));
  }

  private Optional<Set<String>> plan(Filter filter) {
    return IndexPlanner.candidates(filter, table, CORE).map(Candidates::ids);
  }

  /** The plan for a filter as a client writes it, resolved as the service passes it on. */
  private Optional<Candidates> plan(String filter) {
    return IndexPlanner.candidates(EVALUATOR.resolve(PARSER.parse(filter)), table, CORE);
  }

  private void addMailUsers() {
    table.insert(row("4", "amy", "x", tree -> {
      tree.put("active", true);
      ArrayNode emails = tree.putArray("emails");
      emails.addObject().put("value", "Amy@Example.com").put("type", "work");
      emails.addObject().put("value", "amy@home.example").put("type", "home");
    }));
    table.insert(row("5", "bob", "x", tree -> {
      tree.put("active", false);
      tree.putArray("emails").addObject().put("value", "AMY@example.COM").put("type", "home");
    }));
    table.insert(row("6", "cat", "x", tree -> tree.put("active", true)));
  }

  @Test
  void booleanEqualityIsAnsweredExactlyInIdOrder() {
    addMailUsers();

    assertThat(plan("active eq true")).hasValueSatisfying(candidates -> {
      assertThat(candidates).isInstanceOf(Candidates.Exactly.class);
      assertThat(candidates.ids()).containsExactly("4", "6");
    });
    assertThat(plan("active eq false").map(Candidates::ids)).contains(Set.of("5"));
    assertThat(plan("active eq \"True\"").map(Candidates::ids)).contains(Set.of("4", "6"));
    assertThat(plan("active pr")).isEmpty();
    assertThat(plan("active ne true")).isEmpty();
    assertThat(plan("not (active eq true)")).isEmpty();
  }

  @Test
  void aBooleanBesideAnUnindexedTermIsOnlyASuperset() {
    addMailUsers();

    assertThat(plan("active eq true and title pr")).hasValueSatisfying(candidates -> {
      assertThat(candidates).isInstanceOf(Candidates.AtMost.class);
      assertThat(candidates.ids()).containsExactly("4", "6");
    });
    assertThat(plan("active eq true and userName eq \"CAT\"").map(Candidates::ids))
        .contains(Set.of("6"));
    assertThat(plan("active eq true or active eq false")).hasValueSatisfying(candidates -> {
      assertThat(candidates).isInstanceOf(Candidates.Exactly.class);
      assertThat(candidates.ids()).containsExactly("4", "5", "6");
    });
    assertThat(plan("active eq true or title pr")).isEmpty();
  }

  @Test
  void emailValuesAreLookedUpCaseInsensitivelyInEveryForm() {
    addMailUsers();

    for (String filter : List.of(
        "emails[value eq \"amy@example.com\"]",
        "emails.value eq \"AMY@EXAMPLE.COM\"",
        "emails[type eq \"work\"].value eq \"amy@example.com\"",
        "emails[type eq \"work\" and value eq \"amy@example.com\"]")) {
      assertThat(plan(filter)).as(filter).hasValueSatisfying(candidates -> {
        assertThat(candidates).isInstanceOf(Candidates.AtMost.class);
        assertThat(candidates.ids()).containsExactlyInAnyOrder("4", "5");
      });
    }
    assertThat(plan("emails[value eq \"nobody@example.com\"]").map(Candidates::ids))
        .contains(Set.of());
    assertThat(plan("emails[value eq \"amy@home.example\" or value eq \"AMY@example.com\"]")
        .map(Candidates::ids)).contains(Set.of("4", "5"));
    assertThat(plan("emails[type eq \"work\"]")).isEmpty();
    assertThat(plan("emails.value sw \"amy\"")).isEmpty();
  }

  @Test
  void filterIndexesFollowReplaceAndRemove() {
    addMailUsers();
    table.replace(table.get("4"), row("4", "amy", "x", tree -> tree.put("active", false)));
    table.remove(table.get("6"));

    assertThat(plan("active eq true").map(Candidates::ids)).contains(Set.of());
    assertThat(plan("active eq false").map(Candidates::ids)).contains(Set.of("4", "5"));
    assertThat(plan("emails.value eq \"amy@home.example\"").map(Candidates::ids))
        .contains(Set.of());
    assertThat(plan("emails.value eq \"amy@example.com\"").map(Candidates::ids))
        .contains(Set.of("5"));
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
