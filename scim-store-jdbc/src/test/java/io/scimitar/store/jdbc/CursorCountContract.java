package io.scimitar.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.service.AttributeSelection;
import io.scimitar.core.service.ScimCall;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.service.SearchRequest;
import io.scimitar.core.service.ServiceConfig;
import io.scimitar.core.service.ServiceConfig.CursorTotals;
import io.scimitar.core.spi.PageRequest;
import io.scimitar.core.spi.QueryResult;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceQuery;
import io.scimitar.core.spi.ResourceStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A cursor walk through the service counts the matches once, at its first page: later pages
 * prepare no {@code COUNT} statement and report the first page's total. Configured to count
 * every page, the service counts on every page, and index pages always count. Subclasses name
 * the database.
 */
abstract class CursorCountContract {
  private static final int USERS = 35;
  private static final int PAGE = 10;

  private final ScimCall call = new ScimCall(
      RequestContext.of("t-" + UUID.randomUUID(), "key"), "https://example.test/scim/v2");
  private RecordingDataSource dataSource;

  abstract TestDatabase database();

  @BeforeEach
  void seed() {
    dataSource = new RecordingDataSource(database().dataSource());
    ScimService service = service(CursorTotals.FIRST_PAGE);
    for (int i = 0; i < USERS; i++) {
      ObjectNode user = JsonNodeFactory.instance.objectNode();
      user.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:User");
      user.put("userName", "walker" + i + "@example.com");
      user.put("active", i % 2 == 0);
      service.create(call, "User", user, AttributeSelection.DEFAULT);
    }
  }

  private ScimService service(CursorTotals totals) {
    SchemaRegistry registry = SchemaRegistry.defaults();
    return new ScimService(registry,
        new JdbcStorage(dataSource, database().dialect(), registry),
        ServiceConfig.builder().cursorTotals(totals).build());
  }

  /** How many statements prepared since the last call count rows; forgets them. */
  private int countsIssued() {
    int counts = 0;
    for (String sql : dataSource.statements()) {
      if (sql.toUpperCase(Locale.ROOT).contains("COUNT(")) {
        counts++;
      }
    }
    dataSource.clear();
    return counts;
  }

  /** Walks by cursor from the first page; per page, the COUNT statements it issued. */
  private List<Integer> walk(ScimService service, String sortBy, List<String> walked) {
    List<Integer> counts = new ArrayList<>();
    String cursor = "";
    countsIssued();
    while (cursor != null) {
      ObjectNode page = service.search(call, "User",
          new SearchRequest(null, sortBy, null, null, PAGE, cursor, null, null));
      counts.add(countsIssued());
      assertThat(page.path("totalResults").asInt()).isEqualTo(USERS);
      page.path("Resources").forEach(user -> walked.add(user.path("id").asText()));
      cursor = page.has("nextCursor") ? page.path("nextCursor").asText() : null;
      assertThat(counts).hasSizeLessThan(USERS);
    }
    return counts;
  }

  @Test
  void aWalkCountsOnlyAtItsFirstPage() {
    for (String sortBy : new String[] {null, "userName"}) {
      List<String> walked = new ArrayList<>();

      List<Integer> counts = walk(service(CursorTotals.FIRST_PAGE), sortBy, walked);

      assertThat(counts).as("sortBy %s", sortBy).containsExactly(1, 0, 0, 0);
      assertThat(walked).hasSize(USERS).doesNotHaveDuplicates();
    }
  }

  @Test
  void countingEveryPageCountsOnEveryPage() {
    List<String> walked = new ArrayList<>();

    List<Integer> counts = walk(service(CursorTotals.EVERY_PAGE), null, walked);

    assertThat(counts).containsExactly(1, 1, 1, 1);
    assertThat(walked).hasSize(USERS).doesNotHaveDuplicates();
  }

  @Test
  void indexPagesAlwaysCount() {
    ScimService service = service(CursorTotals.FIRST_PAGE);
    countsIssued();

    ObjectNode page = service.search(call, "User",
        new SearchRequest(null, null, null, 11, PAGE, null, null, null));

    assertThat(countsIssued()).isEqualTo(1);
    assertThat(page.path("totalResults").asInt()).isEqualTo(USERS);
  }

  @Test
  void theStoreSkipsTheCountWhenTheTotalIsNotWanted() {
    SchemaRegistry registry = SchemaRegistry.defaults();
    ResourceStore users = new JdbcStorage(dataSource, database().dialect(), registry)
        .store("User").orElseThrow();
    QueryResult first = users.query(call.context(),
        new ResourceQuery(null, null, new PageRequest.Cursor(null, PAGE, false), true));
    assertThat(countsIssued()).isZero();

    QueryResult second = users.query(call.context(), new ResourceQuery(
        null, null, new PageRequest.Cursor(first.nextCursor(), PAGE, false), true));
    QueryResult empty = users.query(call.context(),
        new ResourceQuery(null, null, new PageRequest.Cursor(null, 0, false), true));

    assertThat(countsIssued()).isZero();
    assertThat(first.total()).isEmpty();
    assertThat(second.total()).isEmpty();
    assertThat(second.resources()).hasSize(PAGE);
    assertThat(empty.resources()).isEmpty();
    assertThat(empty.total()).isEmpty();
  }
}
