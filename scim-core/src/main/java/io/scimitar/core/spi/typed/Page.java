package io.scimitar.core.spi.typed;

import io.scimitar.core.spi.PageRequest;
import io.scimitar.core.spi.QueryResult;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * One page of a typed query: the typed counterpart of {@link QueryResult}.
 *
 * @param <T> the typed resource, {@code User} or {@code Group}
 * @param items the resources of the page, in order
 * @param total how many resources match the whole query; empty only when the request said the
 *     total was not wanted ({@link PageRequest#totalWanted()}) and the store did not count
 * @param nextCursor the cursor of the next page (cursor paging only), or null on the last page
 * @param previousCursor the cursor of the previous page, or null when unknown or on the first
 */
public record Page<T>(
    List<T> items, OptionalInt total, String nextCursor, String previousCursor) {
  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
    Objects.requireNonNull(total, "total");
    if (total.isPresent() && total.getAsInt() < items.size()) {
      throw new IllegalArgumentException("totalResults is less than the page size");
    }
  }

  /** A counted page: these items of {@code totalResults} matches. */
  public Page(List<T> items, int totalResults, String nextCursor, String previousCursor) {
    this(items, OptionalInt.of(totalResults), nextCursor, previousCursor);
  }

  /** An index-paging page: these items of {@code totalResults} matches. */
  public static <T> Page<T> of(List<T> items, int totalResults) {
    return new Page<>(items, totalResults, null, null);
  }

  /** A cursor page whose request did not want the total, answered without counting. */
  public static <T> Page<T> uncounted(List<T> items, String nextCursor, String previousCursor) {
    return new Page<>(items, OptionalInt.empty(), nextCursor, previousCursor);
  }

  /**
   * How many resources match the whole query.
   *
   * @throws IllegalStateException when the page was not counted (see {@link #uncounted})
   */
  public int totalResults() {
    return total.orElseThrow(() -> new IllegalStateException(
        "this page was not counted: its request did not want the total"));
  }

  /** The same page with every item converted. */
  public <R> Page<R> map(Function<? super T, ? extends R> conversion) {
    List<R> converted = items.stream().<R>map(conversion).toList();
    return new Page<>(converted, total, nextCursor, previousCursor);
  }
}
