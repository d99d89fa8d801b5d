package io.scimitar.core.spi.typed;

import io.scimitar.core.spi.QueryResult;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of a typed query: the typed counterpart of {@link QueryResult}.
 *
 * @param <T> the typed resource, {@code User} or {@code Group}
 * @param items the resources of the page, in order
 * @param totalResults how many resources match the whole query
 * @param nextCursor the cursor of the next page (cursor paging only), or null on the last page
 * @param previousCursor the cursor of the previous page, or null when unknown or on the first
 */
public record Page<T>(List<T> items, int totalResults, String nextCursor, String previousCursor) {
  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
    if (totalResults < items.size()) {
      throw new IllegalArgumentException("totalResults is less than the page size");
    }
  }

  /** An index-paging page: these items of {@code totalResults} matches. */
  public static <T> Page<T> of(List<T> items, int totalResults) {
    return new Page<>(items, totalResults, null, null);
  }

  /** The same page with every item converted. */
  public <R> Page<R> map(Function<? super T, ? extends R> conversion) {
    List<R> converted = items.stream().<R>map(conversion).toList();
    return new Page<>(converted, totalResults, nextCursor, previousCursor);
  }
}
