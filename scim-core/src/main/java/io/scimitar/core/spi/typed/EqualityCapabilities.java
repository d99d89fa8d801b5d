package io.scimitar.core.spi.typed;

import io.scimitar.core.filter.ComparisonOperator;
import io.scimitar.core.filter.Filter;
import io.scimitar.core.filter.Literal;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.sort.SortSpec;
import io.scimitar.core.spi.StoreCapabilities;
import java.util.List;
import java.util.stream.Stream;

/**
 * Capabilities of a store that evaluates only {@code attribute eq value} on a few attributes,
 * the lookups identity providers send most ({@code userName eq "..."},
 * {@code externalId eq "..."}), and leaves every other filter, every sort and cursor paging to
 * the service. The service still pushes such a comparison down when it is one conjunct of an
 * {@code and}.
 *
 * <p>The store must compare as SCIM does: case-insensitively for attributes that are not
 * {@code caseExact} (such as {@code userName}), exactly for the others (such as {@code id} and
 * {@code externalId}). Comparisons with {@code null} are never pushed down.
 *
 * <pre>{@code
 * StoreCapabilities capabilities = EqualityCapabilities.on("id", "userName", "externalId");
 * }</pre>
 */
public final class EqualityCapabilities implements StoreCapabilities {
  private final List<AttributePath> attributes;

  private EqualityCapabilities(List<AttributePath> attributes) {
    this.attributes = List.copyOf(attributes);
  }

  /**
   * Equality on these attribute paths, e.g. {@code userName}, {@code name.familyName} or an
   * extension attribute with its URN.
   *
   * @throws io.scimitar.core.error.ScimException when a text is not an attribute path
   */
  public static EqualityCapabilities on(String... attributePaths) {
    return new EqualityCapabilities(Stream.of(attributePaths).map(AttributePath::parse).toList());
  }

  /** A store that evaluates nothing itself: correct, but every query is answered in memory. */
  public static EqualityCapabilities none() {
    return new EqualityCapabilities(List.of());
  }

  @Override
  public boolean canFilter(Filter filter) {
    return filter instanceof Filter.Comparison comparison
        && comparison.operator() == ComparisonOperator.EQ
        && !(comparison.value() instanceof Literal.Null)
        && attributes.stream().anyMatch(attribute -> attribute.sameAs(comparison.path()));
  }

  @Override
  public boolean canSort(SortSpec sort) {
    return false;
  }

  @Override
  public boolean supportsCursorPaging() {
    return false;
  }

  @Override
  public String toString() {
    return "eq on " + attributes;
  }
}
