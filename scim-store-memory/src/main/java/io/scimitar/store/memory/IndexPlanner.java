package io.scimitar.store.memory;

import io.scimitar.core.filter.ComparisonOperator;
import io.scimitar.core.filter.Filter;
import io.scimitar.core.filter.Literal;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.schema.CommonAttributes;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Narrows a query to the few ids an index can name before the filter is evaluated: equality on
 * {@code id}, {@code externalId} or a unique attribute, anywhere a conjunction requires it, and
 * disjunctions of such. The filter is still evaluated on every candidate, so the planner only
 * ever has to be a superset.
 */
final class IndexPlanner {
  private IndexPlanner() {}

  /** The candidate ids, or empty when the whole table has to be scanned. */
  static Optional<Set<String>> candidates(Filter filter, TypeTable table, String coreUrn) {
    if (filter instanceof Filter.Comparison comparison) {
      return equality(comparison, table, coreUrn);
    }
    if (filter instanceof Filter.And and) {
      Optional<Set<String>> left = candidates(and.left(), table, coreUrn);
      return left.isPresent() ? left : candidates(and.right(), table, coreUrn);
    }
    if (filter instanceof Filter.Or or) {
      Optional<Set<String>> left = candidates(or.left(), table, coreUrn);
      Optional<Set<String>> right = candidates(or.right(), table, coreUrn);
      if (left.isEmpty() || right.isEmpty()) {
        return Optional.empty();
      }
      Set<String> union = new HashSet<>(left.get());
      union.addAll(right.get());
      return Optional.of(union);
    }
    return Optional.empty();
  }

  private static Optional<Set<String>> equality(
      Filter.Comparison comparison, TypeTable table, String coreUrn) {
    AttributePath path = comparison.path();
    if (comparison.operator() != ComparisonOperator.EQ
        || !(comparison.value() instanceof Literal.Text text)
        || path.hasSubAttribute()) {
      return Optional.empty();
    }
    boolean core = path.schema() == null || path.schema().equalsIgnoreCase(coreUrn);
    if (core && path.name().equalsIgnoreCase(CommonAttributes.ID)) {
      return Optional.of(table.get(text.value()) == null ? Set.of() : Set.of(text.value()));
    }
    if (core && path.name().equalsIgnoreCase(CommonAttributes.EXTERNAL_ID)) {
      return Optional.of(Set.copyOf(table.idsWithExternalId(text.value())));
    }
    return table.idsWithUniqueValue(path, coreUrn, text.value());
  }
}
