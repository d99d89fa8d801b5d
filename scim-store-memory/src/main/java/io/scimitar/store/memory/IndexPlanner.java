package io.scimitar.store.memory;

import io.scimitar.core.filter.ComparisonOperator;
import io.scimitar.core.filter.Filter;
import io.scimitar.core.filter.Literal;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.schema.CommonAttributes;
import java.util.HashSet;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Narrows a query to the ids an index can name before the filter is evaluated: equality on
 * {@code id}, {@code externalId}, a unique attribute or a looked-up multi-valued attribute's
 * {@code value} ({@code emails.value eq}, {@code emails[value eq]}, Entra ID's
 * {@code emails[type eq "work"].value eq}) gives a few candidates; equality on a boolean
 * attribute gives exactly the matching ids. Conjunctions use an indexed operand, disjunctions
 * need both. Only {@link Candidates.Exactly} may skip the filter, so every other answer only has
 * to be a superset.
 */
final class IndexPlanner {
  private static final String VALUE = "value";

  private IndexPlanner() {}

  /** What the indexes say about the filter, or empty when the whole table has to be scanned. */
  static Optional<Candidates> candidates(Filter filter, TypeTable table, String coreUrn) {
    if (filter instanceof Filter.Comparison comparison) {
      return comparison(comparison, table, coreUrn);
    }
    if (filter instanceof Filter.ValuePath valuePath) {
      return valueCondition(valuePath.attribute(), valuePath.condition(), table)
          .map(Candidates.AtMost::new);
    }
    if (filter instanceof Filter.And and) {
      return conjunction(
          candidates(and.left(), table, coreUrn), candidates(and.right(), table, coreUrn));
    }
    if (filter instanceof Filter.Or or) {
      return disjunction(
          candidates(or.left(), table, coreUrn), candidates(or.right(), table, coreUrn));
    }
    return Optional.empty();
  }

  /**
   * An operand's few candidates if it has them, else an exact operand's ids, which are only a
   * superset of the conjunction's.
   */
  private static Optional<Candidates> conjunction(
      Optional<Candidates> left, Optional<Candidates> right) {
    if (left.isEmpty() || right.isEmpty()) {
      return (left.isPresent() ? left : right).map(IndexPlanner::superset);
    }
    if (left.get() instanceof Candidates.AtMost) {
      return left;
    }
    if (right.get() instanceof Candidates.AtMost) {
      return right;
    }
    return Optional.of(superset(
        left.get().ids().size() <= right.get().ids().size() ? left.get() : right.get()));
  }

  private static Candidates superset(Candidates candidates) {
    return new Candidates.AtMost(candidates.ids());
  }

  private static Optional<Candidates> disjunction(
      Optional<Candidates> left, Optional<Candidates> right) {
    if (left.isEmpty() || right.isEmpty()) {
      return Optional.empty();
    }
    if (left.get() instanceof Candidates.Exactly && right.get() instanceof Candidates.Exactly) {
      NavigableSet<String> union = new TreeSet<>(left.get().ids());
      union.addAll(right.get().ids());
      return Optional.of(new Candidates.Exactly(union));
    }
    Set<String> union = new HashSet<>(left.get().ids());
    union.addAll(right.get().ids());
    return Optional.of(new Candidates.AtMost(union));
  }

  private static Optional<Candidates> comparison(
      Filter.Comparison comparison, TypeTable table, String coreUrn) {
    if (comparison.operator() != ComparisonOperator.EQ) {
      return Optional.empty();
    }
    AttributePath path = comparison.path();
    Optional<Boolean> bool = booleanOf(comparison.value());
    if (bool.isPresent()) {
      Optional<Candidates> exact = table.filterIndexes().idsWhere(path, bool.get())
          .map(Candidates.Exactly::new);
      if (exact.isPresent()) {
        return exact;
      }
    }
    if (!(comparison.value() instanceof Literal.Text text)) {
      return Optional.empty();
    }
    if (path.hasSubAttribute()) {
      return path.subAttribute().equalsIgnoreCase(VALUE)
          ? table.filterIndexes().idsWithValue(path.parent(), text.value())
              .map(Candidates.AtMost::new)
          : Optional.empty();
    }
    return equality(path, text.value(), table, coreUrn).map(Candidates.AtMost::new);
  }

  /** The boolean an {@code eq} literal compares with, as the filter reads it. */
  private static Optional<Boolean> booleanOf(Literal literal) {
    if (literal instanceof Literal.Bool bool) {
      return Optional.of(bool.value());
    }
    if (literal instanceof Literal.Text text
        && (text.value().equalsIgnoreCase("true") || text.value().equalsIgnoreCase("false"))) {
      return Optional.of(text.value().equalsIgnoreCase("true"));
    }
    return Optional.empty();
  }

  /** Candidates for {@code attribute[condition]}, whose paths are relative to the attribute. */
  private static Optional<Set<String>> valueCondition(
      AttributePath attribute, Filter condition, TypeTable table) {
    if (condition instanceof Filter.Comparison comparison) {
      AttributePath path = comparison.path();
      return comparison.operator() == ComparisonOperator.EQ
          && comparison.value() instanceof Literal.Text text
          && path.schema() == null && !path.hasSubAttribute()
          && path.name().equalsIgnoreCase(VALUE)
          ? table.filterIndexes().idsWithValue(attribute, text.value())
          : Optional.empty();
    }
    if (condition instanceof Filter.And and) {
      Optional<Set<String>> left = valueCondition(attribute, and.left(), table);
      return left.isPresent() ? left : valueCondition(attribute, and.right(), table);
    }
    if (condition instanceof Filter.Or or) {
      Optional<Set<String>> left = valueCondition(attribute, or.left(), table);
      Optional<Set<String>> right = valueCondition(attribute, or.right(), table);
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
      AttributePath path, String text, TypeTable table, String coreUrn) {
    boolean core = path.schema() == null || path.schema().equalsIgnoreCase(coreUrn);
    if (core && path.name().equalsIgnoreCase(CommonAttributes.ID)) {
      return Optional.of(table.get(text) == null ? Set.of() : Set.of(text));
    }
    if (core && path.name().equalsIgnoreCase(CommonAttributes.EXTERNAL_ID)) {
      return Optional.of(Set.copyOf(table.idsWithExternalId(text)));
    }
    return table.idsWithUniqueValue(path, coreUrn, text);
  }
}
