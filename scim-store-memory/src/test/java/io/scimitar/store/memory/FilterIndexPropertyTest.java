package io.scimitar.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.filter.Filter;
import io.scimitar.core.filter.FilterEvaluator;
import io.scimitar.core.filter.FilterParser;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.spi.PageRequest;
import io.scimitar.core.spi.QueryResult;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceQuery;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.ResourceUpdate;
import io.scimitar.store.tck.TckResources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The filters the memory store answers from its boolean and email indexes give the same pages
 * and totals as evaluating the filter on every stored user, after any history of creates,
 * replacements and deletes.
 */
class FilterIndexPropertyTest {
  private static final ResourceSchema USER = SchemaRegistry.defaults().resourceSchema("User");
  private static final FilterEvaluator EVALUATOR = new FilterEvaluator(USER);
  private static final FilterParser PARSER = FilterParser.withDefaults();
  private static final RequestContext TENANT = RequestContext.of("t", "test");
  private static final List<String> MAILS =
      List.of("a@x.org", "A@X.ORG", "b@x.org", "c@y.org");
  private static final List<String> FILTERS = List.of(
      "active eq true",
      "active eq false",
      "active eq \"True\"",
      "active eq true and title pr",
      "title pr and active eq false",
      "active eq true or active eq false",
      "active eq true or title pr",
      "not (active eq true)",
      "active eq true and emails[value eq \"a@x.org\"]",
      "emails[value eq \"a@x.org\"]",
      "emails.value eq \"B@X.org\"",
      "emails[type eq \"work\"].value eq \"A@x.org\"",
      "emails[value eq \"c@y.org\" or value eq \"b@x.org\"]",
      "emails[type eq \"work\" and value eq \"c@Y.org\"] or active eq false");

  /**
   * One write: to the user in {@code slot}, with these attributes, or its deletion.
   *
   * @param slot which of a dozen users
   * @param active the {@code active} value, or null for none
   * @param mails indexes into {@link #MAILS}
   * @param work whether the emails are typed work (else home)
   * @param title whether the user has a title
   * @param delete whether the write deletes the user
   */
  record Change(
      int slot, Boolean active, List<Integer> mails, boolean work, boolean title,
      boolean delete) {}

  @Provide
  Arbitrary<List<Change>> histories() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 11),
            Arbitraries.of(true, false).injectNull(0.3),
            Arbitraries.integers().between(0, MAILS.size() - 1).list().ofMaxSize(2),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 4).map(n -> n == 0))
        .as(Change::new)
        .list().ofMaxSize(40);
  }

  @Property(tries = 300)
  void indexedFiltersPageAndCountAsAFullScan(
      @ForAll("histories") List<Change> history,
      @ForAll @IntRange(min = 1, max = 8) int startIndex,
      @ForAll @IntRange(min = 1, max = 4) int count) {
    MemoryStorage storage = new MemoryStorage(SchemaRegistry.defaults());
    ResourceStore users = storage.store("User").orElseThrow();
    Map<String, ScimResource> stored = new TreeMap<>();
    history.forEach(change -> apply(users, stored, change));

    for (String text : FILTERS) {
      Filter filter = EVALUATOR.resolve(PARSER.parse(text));
      List<String> expected = new ArrayList<>();
      stored.forEach((id, user) -> {
        if (EVALUATOR.matches(filter, user.view())) {
          expected.add(id);
        }
      });

      QueryResult page = users.query(
          TENANT, new ResourceQuery(filter, null, new PageRequest.Index(startIndex, count), false));
      int from = Math.min(expected.size(), startIndex - 1);
      int to = Math.min(expected.size(), from + count);
      assertThat(ids(page)).as(text).containsExactlyElementsOf(expected.subList(from, to));
      assertThat(page.totalResults()).as(text).isEqualTo(expected.size());
      assertThat(walkWithCursors(users, filter, count)).as(text)
          .containsExactlyElementsOf(expected);
    }
  }

  private static List<String> walkWithCursors(ResourceStore users, Filter filter, int count) {
    List<String> all = new ArrayList<>();
    String cursor = null;
    do {
      QueryResult page = users.query(
          TENANT, new ResourceQuery(filter, null, new PageRequest.Cursor(cursor, count), false));
      all.addAll(ids(page));
      cursor = page.nextCursor();
    } while (cursor != null);
    return all;
  }

  private static List<String> ids(QueryResult page) {
    return page.resources().stream().map(user -> user.id().orElseThrow()).toList();
  }

  private static void apply(ResourceStore users, Map<String, ScimResource> stored, Change change) {
    String id = "u" + change.slot();
    ScimResource current = stored.get(id);
    if (change.delete()) {
      if (current != null) {
        users.delete(TENANT, id, TckResources.versionOf(current));
        stored.remove(id);
      }
      return;
    }
    ObjectNode tree = tree(id, change);
    ScimResource next = current == null
        ? TckResources.prepared("User", id, tree) : TckResources.nextVersion(current, tree);
    if (current == null) {
      users.create(TENANT, next);
    } else {
      users.update(TENANT, ResourceUpdate.replace(next, TckResources.versionOf(current)));
    }
    stored.put(id, next);
  }

  private static ObjectNode tree(String id, Change change) {
    ObjectNode tree = TckResources.userTree("name-" + id);
    if (change.active() != null) {
      tree.put("active", change.active());
    }
    if (change.title()) {
      tree.put("title", "Engineer");
    }
    if (!change.mails().isEmpty()) {
      ArrayNode emails = tree.putArray("emails");
      change.mails().forEach(mail -> emails.addObject()
          .put("value", MAILS.get(mail)).put("type", change.work() ? "work" : "home"));
    }
    return tree;
  }
}
