package io.scimitar.store.memory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.filter.CompiledFilter;
import io.scimitar.core.filter.Filter;
import io.scimitar.core.filter.FilterEvaluator;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.schema.CommonAttributes;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.sort.ResourceSorter;
import io.scimitar.core.sort.SortSpec;
import io.scimitar.core.spi.PageRequest;
import io.scimitar.core.spi.QueryResult;
import io.scimitar.core.spi.ResourceQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * Runs a query over one table: narrows by index (or, when an index answers the filter exactly
 * and there is no sort, cuts the page from the index), filters with the core
 * {@link FilterEvaluator}, orders by id or with the core {@link ResourceSorter}, and cuts
 * the page. The store never interprets filter or sort rules itself. Called under the tenant's
 * read lock.
 */
final class QueryRunner {
  private static final Comparator<ObjectNode> BY_ID =
      Comparator.comparing(tree -> tree.path(CommonAttributes.ID).asText());

  private final String resourceType;
  private final String coreUrn;
  private final MemberAttribute members;
  private final FilterEvaluator evaluator;
  private final ResourceSorter sorter;
  private final SortKeys sortKeys;

  /**
   * A runner for one resource type.
   *
   * @param schema the resource type's schemas
   * @param members the members attribute if the type is group-like, else null
   */
  QueryRunner(ResourceSchema schema, MemberAttribute members) {
    this.resourceType = schema.resourceType().name();
    this.coreUrn = schema.coreSchema().id();
    this.members = members;
    this.evaluator = new FilterEvaluator(schema);
    this.sorter = new ResourceSorter(schema);
    this.sortKeys = new SortKeys(schema);
  }

  /** One page of the query's results. */
  QueryResult run(TypeTable table, ResourceQuery query) {
    Filter filter = query.filter();
    SortSpec sort = query.sort();
    if (filter == null && sort == null) {
      return inIdOrder(table, table.orderedIds(), query);
    }
    Optional<Candidates> plan = filter == null
        ? Optional.empty() : IndexPlanner.candidates(filter, table, coreUrn);
    if (sort == null && plan.orElse(null) instanceof Candidates.Exactly exactly) {
      return inIdOrder(table, exactly.ids(), query);
    }
    boolean membersNeeded = members != null
        && (mentionsMembers(filter) || (sort != null && members.isNamedBy(sort.sortBy())));
    CompiledFilter test = filter == null ? null : evaluator.compile(filter);
    List<Match> matches = new ArrayList<>();
    for (String id : candidateIds(table, plan)) {
      Row row = table.get(id);
      ObjectNode tree = membersNeeded ? withMembers(table, row) : row.tree();
      if (test == null || test.matches(tree)) {
        matches.add(new Match(row, tree, membersNeeded));
      }
    }
    // The core sorter breaks ties by id itself, so its order is total.
    Comparator<ObjectNode> order = sort == null ? BY_ID : sorter.comparator(sort);
    if (sort != null) {
      matches.sort(Comparator.comparing(Match::tree, order));
    }
    PageRequest page = query.page();
    if (page instanceof PageRequest.Index index) {
      int from = (int) Math.min(matches.size(), index.startIndex() - 1L);
      int to = (int) Math.min(matches.size(), (long) from + index.count());
      return QueryResult.of(output(table, matches.subList(from, to), query), matches.size());
    }
    PageRequest.Cursor cursor = (PageRequest.Cursor) page;
    int from = cursor.cursor() == null || cursor.cursor().isEmpty()
        ? 0 : firstAfter(matches, positionOf(cursor.cursor(), sort), order);
    int to = (int) Math.min(matches.size(), (long) from + cursor.count());
    List<Match> slice = matches.subList(from, to);
    String next = to < matches.size() && !slice.isEmpty()
        ? cursorAt(slice.get(slice.size() - 1), sort) : null;
    return new QueryResult(output(table, slice, query), matches.size(), next, null);
  }

  /**
   * A page straight from ids known to be exactly the results, in id order: every id when there
   * is no filter and no sort (as in a full import), or an index's answer to the filter. A cursor
   * page costs its own size, not the number of results.
   */
  private QueryResult inIdOrder(TypeTable table, NavigableSet<String> ids, ResourceQuery query) {
    PageRequest page = query.page();
    Iterator<String> walk;
    if (page instanceof PageRequest.Index index) {
      walk = ids.iterator();
      for (long skip = index.startIndex() - 1L; skip > 0 && walk.hasNext(); skip--) {
        walk.next();
      }
    } else {
      String cursor = ((PageRequest.Cursor) page).cursor();
      walk = cursor == null || cursor.isEmpty()
          ? ids.iterator()
          : ids.tailSet(CursorCodec.decode(cursor, null).id(), false).iterator();
    }
    List<Match> slice = new ArrayList<>(Math.min(page.count(), ids.size()));
    while (slice.size() < page.count() && walk.hasNext()) {
      Row row = table.get(walk.next());
      slice.add(new Match(row, row.tree(), false));
    }
    List<ScimResource> resources = output(table, slice, query);
    if (page instanceof PageRequest.Index) {
      return QueryResult.of(resources, ids.size());
    }
    String next = walk.hasNext() && !slice.isEmpty()
        ? cursorAt(slice.get(slice.size() - 1), null) : null;
    return new QueryResult(resources, ids.size(), next, null);
  }

  private static Collection<String> candidateIds(TypeTable table, Optional<Candidates> plan) {
    if (plan.isEmpty()) {
      return table.orderedIds();
    }
    // Indexed candidates must still come in id order, the default order of results.
    Set<String> indexed = plan.get().ids();
    if (indexed instanceof SortedSet<String> sorted && sorted.comparator() == null) {
      return indexed;
    }
    List<String> ids = new ArrayList<>(indexed);
    ids.sort(Comparator.naturalOrder());
    return ids;
  }

  private boolean mentionsMembers(Filter filter) {
    if (filter == null) {
      return false;
    }
    if (filter instanceof Filter.Comparison comparison) {
      return members.isNamedBy(comparison.path());
    }
    if (filter instanceof Filter.Present present) {
      return members.isNamedBy(present.path());
    }
    if (filter instanceof Filter.ValuePath valuePath) {
      return members.isNamedBy(valuePath.attribute());
    }
    if (filter instanceof Filter.And and) {
      return mentionsMembers(and.left()) || mentionsMembers(and.right());
    }
    if (filter instanceof Filter.Or or) {
      return mentionsMembers(or.left()) || mentionsMembers(or.right());
    }
    return mentionsMembers(((Filter.Not) filter).operand());
  }

  private ObjectNode positionOf(String cursor, SortSpec sort) {
    CursorCodec.Position position = CursorCodec.decode(cursor, sort);
    return sortKeys.positionTree(position.id(), position.key(), sort);
  }

  private String cursorAt(Match last, SortSpec sort) {
    return CursorCodec.encode(
        sort, last.row().id(), sort == null ? null : sortKeys.keyOf(last.tree(), sort));
  }

  /** The index of the first match that sorts after the position (binary search). */
  private static int firstAfter(
      List<Match> matches, ObjectNode position, Comparator<ObjectNode> order) {
    int low = 0;
    int high = matches.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (order.compare(matches.get(middle).tree(), position) > 0) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }

  private List<ScimResource> output(TypeTable table, List<Match> page, ResourceQuery query) {
    List<ScimResource> resources = new ArrayList<>(page.size());
    for (Match match : page) {
      if (members == null || !query.membersWanted()) {
        resources.add(match.row().resource());
      } else if (match.hasMembers()) {
        resources.add(ScimResource.wrap(resourceType, match.tree()));
      } else {
        resources.add(ScimResource.wrap(resourceType, withMembers(table, match.row())));
      }
    }
    return resources;
  }

  private ObjectNode withMembers(TypeTable table, Row row) {
    return members.join(row.tree(), table.members().orElseThrow().membersOf(row.id()));
  }

  /**
   * A resource that matched, with the tree the filter saw.
   *
   * @param row the stored row
   * @param tree the tree evaluated and sorted: the row's, or with members joined in
   * @param hasMembers whether {@code tree} has the members joined in
   */
  private record Match(Row row, ObjectNode tree, boolean hasMembers) {}
}
