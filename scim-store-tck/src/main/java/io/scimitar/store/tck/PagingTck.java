package io.scimitar.store.tck;

import static io.scimitar.store.tck.TckResources.idOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.filter.Filter;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.sort.SortOrder;
import io.scimitar.core.sort.SortSpec;
import io.scimitar.core.spi.PageRequest;
import io.scimitar.core.spi.QueryResult;
import io.scimitar.core.spi.RequestContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Paging through 47 users, by index ({@code startIndex}/{@code count}) and by cursor, with and
 * without sort and filter: every walk returns each match exactly once, in the order of the
 * unpaged query, with the right {@code totalResults} on every page; a cursor walk that does not
 * want the total (as the service's later pages) pages the same, and any total the store still
 * answers is right. Cursors are opaque, bound to their order, rejected with 400
 * {@code invalidCursor} when malformed, and stay consistent when resources are created or
 * deleted between pages: a walk never repeats a resource, never returns a deleted one and never
 * skips one that existed throughout.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PagingTck extends StoreTck {
  private static final int USERS = 47;
  private static final int MAX_PAGES = 500;

  @BeforeAll
  void seed() {
    for (int i = 0; i < USERS; i++) {
      users().create(tenantA, pagingUser(i));
    }
  }

  /**
   * User {@code i}: userNames in an order unrelated to ids, titles with duplicates (ties broken
   * by id) and gaps (every fifth has none), two of three active.
   */
  private static ScimResource pagingUser(int i) {
    ObjectNode tree = TckResources.userTree(String.format("user-%02d", (i * 17) % USERS));
    if (i % 5 != 0) {
      tree.put("title", "Title " + (char) ('A' + i % 4));
    }
    tree.put("active", i % 3 != 0);
    return TckResources.prepared("User", idOf("p" + i), tree);
  }

  private static Set<String> expectedIds(boolean activeOnly) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < USERS; i++) {
      if (!activeOnly || i % 3 != 0) {
        ids.add(idOf("p" + i));
      }
    }
    return ids;
  }

  static Stream<Arguments> walks() {
    List<Arguments> walks = new ArrayList<>();
    for (int pageSize : new int[] {1, 7, 10, 47, 100}) {
      for (String sort : new String[] {"", "userName", "-title"}) {
        for (boolean activeOnly : new boolean[] {false, true}) {
          walks.add(Arguments.of(pageSize, sort, activeOnly));
        }
      }
    }
    return walks.stream();
  }

  private SortSpec sortOf(String text) {
    if (text.isEmpty()) {
      return null;
    }
    return text.startsWith("-")
        ? sort("User", text.substring(1), SortOrder.DESCENDING)
        : sort("User", text, SortOrder.ASCENDING);
  }

  private Filter filterOf(boolean activeOnly) {
    return activeOnly ? filter("User", "active eq true") : null;
  }

  @ParameterizedTest(name = "count={0} sort={1} activeOnly={2}")
  @MethodSource("walks")
  void indexPagingVisitsEveryMatchOnceInOrder(int pageSize, String sort, boolean activeOnly) {
    Filter filter = filterOf(activeOnly);
    SortSpec order = sortOf(sort);
    List<String> unpaged = ids(queryAll(users(), tenantA, filter, order));
    Set<String> expected = expectedIds(activeOnly);

    List<String> walked = new ArrayList<>();
    for (int start = 1; start <= expected.size(); start += pageSize) {
      QueryResult page = query(users(), tenantA, filter, order,
          new PageRequest.Index(start, pageSize), true);
      assertThat(page.totalResults()).isEqualTo(expected.size());
      assertThat(page.resources()).hasSize(Math.min(pageSize, expected.size() - start + 1));
      walked.addAll(ids(page));
    }

    assertThat(walked).doesNotHaveDuplicates().containsExactlyElementsOf(unpaged);
    assertThat(walked).containsExactlyInAnyOrderElementsOf(expected);
    if (order == null) {
      assertThat(walked).isSorted();
    }
  }

  @ParameterizedTest(name = "count={0} sort={1} activeOnly={2}")
  @MethodSource("walks")
  void cursorPagingVisitsEveryMatchOnceInOrder(int pageSize, String sort, boolean activeOnly) {
    Filter filter = filterOf(activeOnly);
    SortSpec order = sortOf(sort);
    List<String> unpaged = ids(queryAll(users(), tenantA, filter, order));
    Set<String> expected = expectedIds(activeOnly);

    List<String> walked = walkByCursor(tenantA, filter, order, pageSize, true, expected.size());

    assertThat(walked).doesNotHaveDuplicates().containsExactlyElementsOf(unpaged);
    assertThat(walked).containsExactlyInAnyOrderElementsOf(expected);
  }

  static Stream<Arguments> walksWithoutTotals() {
    return walks().filter(walk -> (int) walk.get()[0] == 7 || (int) walk.get()[0] == 47);
  }

  @ParameterizedTest(name = "count={0} sort={1} activeOnly={2}")
  @MethodSource("walksWithoutTotals")
  void cursorPagingWithoutTotalsVisitsEveryMatchOnceInOrder(
      int pageSize, String sort, boolean activeOnly) {
    Filter filter = filterOf(activeOnly);
    SortSpec order = sortOf(sort);
    List<String> unpaged = ids(queryAll(users(), tenantA, filter, order));
    Set<String> expected = expectedIds(activeOnly);

    List<String> walked =
        walkByCursor(tenantA, filter, order, pageSize, false, expected.size());

    assertThat(walked).doesNotHaveDuplicates().containsExactlyElementsOf(unpaged);
    assertThat(walked).containsExactlyInAnyOrderElementsOf(expected);
  }

  /**
   * Follows next cursors from the first page to the end, checking every page's shape. A walk
   * that does not want the total accepts pages without one, but not a wrong one.
   */
  private List<String> walkByCursor(RequestContext tenant, Filter filter, SortSpec order,
      int pageSize, boolean totalWanted, int total) {
    List<String> walked = new ArrayList<>();
    String next = null;
    for (int pages = 0; pages < MAX_PAGES; pages++) {
      QueryResult page = query(users(), tenant, filter, order,
          new PageRequest.Cursor(next, pageSize, totalWanted), true);
      if (totalWanted || page.total().isPresent()) {
        assertThat(page.totalResults()).isEqualTo(total);
      }
      walked.addAll(ids(page));
      next = page.nextCursor();
      if (next == null) {
        return walked;
      }
      assertThat(page.resources()).as("a page with a next cursor is full").hasSize(pageSize);
    }
    throw new AssertionError("cursor paging did not end after " + MAX_PAGES + " pages");
  }

  @Test
  void lastCursorPageHasNoNextCursor() {
    QueryResult all = query(users(), tenantA, null, null, new PageRequest.Cursor(null, USERS),
        true);

    assertThat(all.resources()).hasSize(USERS);
    assertThat(all.nextCursor()).isNull();
  }

  @Test
  void indexPagePastTheEndIsEmptyWithTheTotal() {
    QueryResult page =
        query(users(), tenantA, null, null, new PageRequest.Index(USERS + 1, 10), true);

    assertThat(page.resources()).isEmpty();
    assertThat(page.totalResults()).isEqualTo(USERS);
  }

  @Test
  void countZeroReturnsOnlyTheTotal() {
    Filter active = filter("User", "active eq true");

    QueryResult byIndex = query(users(), tenantA, active, null, new PageRequest.Index(1, 0), true);
    QueryResult byCursor =
        query(users(), tenantA, active, null, new PageRequest.Cursor(null, 0), true);

    assertThat(byIndex.resources()).isEmpty();
    assertThat(byIndex.totalResults()).isEqualTo(31);
    assertThat(byCursor.resources()).isEmpty();
    assertThat(byCursor.totalResults()).isEqualTo(31);
  }

  @Test
  void malformedCursorsAreRejected() {
    // Checked here: inside assertScimError the skip of query() would count as a wrong error.
    assumeTrue(users().capabilities().supportsCursorPaging(), "store does not page by cursor");
    for (String cursor : new String[] {"%%% not a cursor %%%", "AAAA", "x".repeat(20_000)}) {
      assertScimError(() -> query(users(), tenantA, null, null,
          new PageRequest.Cursor(cursor, 10), true), 400, ScimType.INVALID_CURSOR);
    }
  }

  @Test
  void cursorIsBoundToItsOrder() {
    SortSpec byUserName = sort("User", "userName", SortOrder.ASCENDING);
    String cursor = query(users(), tenantA, null, byUserName, new PageRequest.Cursor(null, 5),
        true).nextCursor();
    assertThat(cursor).isNotNull();

    SortSpec byTitle = sort("User", "title", SortOrder.ASCENDING);
    assertScimError(() -> query(users(), tenantA, null, byTitle,
        new PageRequest.Cursor(cursor, 5), true), 400, ScimType.INVALID_CURSOR);
  }

  @Test
  void cursorPagingStaysConsistentWhileResourcesChange() {
    RequestContext tenant = freshTenant("paging-writes");
    for (int i = 0; i < 20; i++) {
      users().create(tenant, pagingUser(i));
    }
    SortSpec order = sort("User", "userName", SortOrder.ASCENDING);
    QueryResult first = query(users(), tenant, null, order, new PageRequest.Cursor(null, 8), true);
    List<String> seen = ids(first);
    List<String> unseen = new ArrayList<>(ids(queryAll(users(), tenant, null, order)));
    unseen.removeAll(seen);

    String deleted = unseen.remove(0);
    users().delete(tenant, deleted, null);
    users().create(tenant, TckResources.user(idOf("paging-new-first"), "aaa-first"));
    users().create(tenant, TckResources.user(idOf("paging-new-last"), "zzz-last"));

    List<String> rest = new ArrayList<>();
    String next = first.nextCursor();
    for (int pages = 0; next != null && pages < MAX_PAGES; pages++) {
      QueryResult page = query(users(), tenant, null, order, new PageRequest.Cursor(next, 8), true);
      rest.addAll(ids(page));
      next = page.nextCursor();
    }

    assertThat(rest).doesNotHaveDuplicates().doesNotContainAnyElementsOf(seen)
        .doesNotContain(deleted, idOf("paging-new-first"))
        .containsAll(unseen);
  }
}
