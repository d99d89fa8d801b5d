package io.scimitar.core.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.filter.CompiledFilter;
import io.scimitar.core.filter.Filter;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.sort.SortSpec;
import io.scimitar.core.spi.PageRequest;
import io.scimitar.core.spi.QueryResult;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceQuery;
import io.scimitar.core.spi.StoreCapabilities;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/**
 * Runs a query against a store, pushing down what the store declares it can evaluate and doing
 * the rest in memory. Conjuncts of an {@code and} are pushed down separately, so a store that
 * understands {@code userName eq "x"} narrows the candidates even when another conjunct is
 * evaluated here. In-memory work fetches every candidate first, so counts and pages stay exact.
 */
final class QueryExecutor {
  private static final String OFFSET_CURSOR_PREFIX = "offset:";

  private final int maxInMemoryCandidates;

  QueryExecutor(int maxInMemoryCandidates) {
    this.maxInMemoryCandidates = maxInMemoryCandidates;
  }

  /**
   * Runs a query and answers one page. A cursor page is a step of a {@link CursorWalk}: its
   * cursor is one the walk handed out, and the store's or the in-memory pager's own cursor
   * travels inside it.
   */
  QueryResult execute(
      RequestContext context, ResourceHandler handler, Filter filter, SortSpec sort,
      PageRequest page, boolean membersWanted) {
    if (page instanceof PageRequest.Cursor cursor) {
      return CursorWalk.page(cursor,
          storePage -> run(context, handler, filter, sort, storePage, membersWanted));
    }
    return run(context, handler, filter, sort, page, membersWanted);
  }

  private QueryResult run(
      RequestContext context, ResourceHandler handler, Filter filter, SortSpec sort,
      PageRequest page, boolean membersWanted) {
    StoreCapabilities capabilities = handler.store().capabilities();
    List<Filter> pushed = new ArrayList<>();
    List<Filter> residual = new ArrayList<>();
    if (filter != null) {
      split(filter, capabilities, pushed, residual);
    }
    boolean sortPushable = sort == null || capabilities.canSort(sort);
    Filter pushedFilter = conjunction(pushed);
    if (residual.isEmpty() && sortPushable) {
      if (page instanceof PageRequest.Cursor && !capabilities.supportsCursorPaging()) {
        return inMemory(context, handler, pushedFilter, null, sort, null, page, membersWanted);
      }
      return handler.store().query(
          context, new ResourceQuery(pushedFilter, sort, page, membersWanted));
    }
    return inMemory(context, handler, pushedFilter, conjunction(residual),
        sortPushable ? sort : null, sortPushable ? null : sort, page,
        membersWanted || !residual.isEmpty());
  }

  private static void split(
      Filter filter, StoreCapabilities capabilities, List<Filter> pushed, List<Filter> residual) {
    if (capabilities.canFilter(filter)) {
      pushed.add(filter);
    } else if (filter instanceof Filter.And and) {
      split(and.left(), capabilities, pushed, residual);
      split(and.right(), capabilities, pushed, residual);
    } else {
      residual.add(filter);
    }
  }

  private static Filter conjunction(List<Filter> filters) {
    Filter result = null;
    for (Filter filter : filters) {
      result = result == null ? filter : new Filter.And(result, filter);
    }
    return result;
  }

  private QueryResult inMemory(
      RequestContext context, ResourceHandler handler, Filter pushed, Filter residual,
      SortSpec storeSort, SortSpec sortHere, PageRequest page, boolean membersWanted) {
    QueryResult candidates = handler.store().query(context, new ResourceQuery(
        pushed, storeSort, new PageRequest.Index(1, maxInMemoryCandidates), membersWanted));
    if (candidates.totalResults() > maxInMemoryCandidates) {
      throw new ScimException(400, ScimType.TOO_MANY,
          "the query matches more than " + maxInMemoryCandidates
              + " resources before in-memory filtering or sorting; narrow the filter");
    }
    CompiledFilter residualTest = residual == null ? null : handler.evaluator().compile(residual);
    List<ScimResource> matching = new ArrayList<>();
    for (ScimResource resource : candidates.resources()) {
      if (residualTest == null || residualTest.matches(resource.view())) {
        matching.add(resource);
      }
    }
    if (sortHere != null) {
      Comparator<ObjectNode> order =
          handler.sorter().comparator(sortHere);
      matching.sort((a, b) -> order.compare(a.view(), b.view()));
    }
    return page(matching, page);
  }

  private static QueryResult page(List<ScimResource> matching, PageRequest page) {
    int total = matching.size();
    if (page instanceof PageRequest.Index index) {
      int from = Math.min(total, index.startIndex() - 1);
      int to = (int) Math.min(total, (long) from + index.count());
      return QueryResult.of(matching.subList(from, to), total);
    }
    PageRequest.Cursor cursor = (PageRequest.Cursor) page;
    int from = cursor.cursor() == null ? 0 : decodeOffset(cursor.cursor(), total);
    int to = (int) Math.min(total, (long) from + cursor.count());
    String next = to < total ? encodeOffset(to) : null;
    String previous = from > 0 ? encodeOffset(Math.max(0, from - cursor.count())) : null;
    return new QueryResult(matching.subList(from, to), total, next, previous);
  }

  private static String encodeOffset(int offset) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((OFFSET_CURSOR_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static int decodeOffset(String cursor, int total) {
    try {
      String decoded =
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (decoded.startsWith(OFFSET_CURSOR_PREFIX)) {
        int offset = Integer.parseInt(decoded.substring(OFFSET_CURSOR_PREFIX.length()));
        if (offset >= 0 && offset <= total) {
          return offset;
        }
      }
    } catch (IllegalArgumentException e) {
      // falls through to the error below
    }
    throw new ScimException(400, ScimType.INVALID_CURSOR, "cursor '" + cursor + "' is not valid");
  }
}
