package io.scimitar.core.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.scimitar.core.filter.ComparisonOperator;
import io.scimitar.core.filter.Filter;
import io.scimitar.core.filter.Literal;
import io.scimitar.core.path.AttributePath;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises the value filters whose meaning is a plain description: {@code type eq "work"} (and
 * conjunctions of such equalities) describes the element to create when none matches, and
 * {@code value eq "a" or value eq "b"} names member ids.
 */
final class ValueFilterShapes {
  private ValueFilterShapes() {}

  /**
   * The sub-attribute values an element must have to match a filter made only of {@code eq}
   * comparisons joined by {@code and}, e.g. {@code type eq "work"} gives {@code type: "work"};
   * keys are the sub-attribute names as written. Empty for any other filter (or a
   * contradictory one such as {@code type eq "a" and type eq "b"}).
   */
  static Optional<Map<String, JsonNode>> template(Filter condition) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    return collectEqualities(condition, values) ? Optional.of(values) : Optional.empty();
  }

  private static boolean collectEqualities(Filter filter, Map<String, JsonNode> values) {
    if (filter instanceof Filter.And and) {
      return collectEqualities(and.left(), values) && collectEqualities(and.right(), values);
    }
    if (!(filter instanceof Filter.Comparison comparison)
        || comparison.operator() != ComparisonOperator.EQ
        || !isSimpleName(comparison.path())) {
      return false;
    }
    Optional<JsonNode> value = toJson(comparison.value());
    if (value.isEmpty()) {
      return false;
    }
    for (Map.Entry<String, JsonNode> existing : values.entrySet()) {
      if (existing.getKey().equalsIgnoreCase(comparison.path().name())) {
        return existing.getValue().equals(value.get());
      }
    }
    values.put(comparison.path().name(), value.get());
    return true;
  }

  /**
   * The ids named by {@code value eq "id"} or a disjunction of such comparisons, the filters a
   * client uses to remove particular members. Empty for any other filter.
   */
  static Optional<Set<String>> valueEqualities(Filter condition) {
    Set<String> ids = new LinkedHashSet<>();
    return collectValueEqualities(condition, ids) ? Optional.of(ids) : Optional.empty();
  }

  private static boolean collectValueEqualities(Filter filter, Set<String> ids) {
    if (filter instanceof Filter.Or or) {
      return collectValueEqualities(or.left(), ids) && collectValueEqualities(or.right(), ids);
    }
    if (filter instanceof Filter.Comparison comparison
        && comparison.operator() == ComparisonOperator.EQ
        && isSimpleName(comparison.path())
        && comparison.path().name().equalsIgnoreCase(MemberRefs.VALUE)
        && comparison.value() instanceof Literal.Text text) {
      ids.add(text.value());
      return true;
    }
    return false;
  }

  private static boolean isSimpleName(AttributePath path) {
    return path.schema() == null && path.subAttribute() == null;
  }

  private static Optional<JsonNode> toJson(Literal literal) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    if (literal instanceof Literal.Text text) {
      return Optional.of(json.textNode(text.value()));
    }
    if (literal instanceof Literal.Numeric number) {
      return Optional.of(json.numberNode(number.value()));
    }
    if (literal instanceof Literal.Bool bool) {
      return Optional.of(json.booleanNode(bool.value()));
    }
    return Optional.empty();
  }
}
