package io.scimitar.core.spi;

import io.scimitar.core.resource.ScimResource;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One page of a query.
 *
 * @param resources the resources of the page, in order
 * @param total how many resources match the whole query; empty only when the request said the
 *     total was not wanted ({@link PageRequest#totalWanted()}) and the store did not count
 * @param nextCursor the cursor of the next page (cursor paging only), or null on the last page
 * @param previousCursor the cursor of the previous page, or null when unknown or on the first
 */
public record QueryResult(
    List<ScimResource> resources, OptionalInt total, String nextCursor, String previousCursor) {
  public QueryResult {
    resources = List.copyOf(Objects.requireNonNull(resources, "resources"));
    Objects.requireNonNull(total, "total");
    if (total.isPresent() && total.getAsInt() < resources.size()) {
      throw new IllegalArgumentException("totalResults is less than the page size");
    }
  }

  /** A counted page: these resources of {@code totalResults} matches. */
  public QueryResult(
      List<ScimResource> resources, int totalResults, String nextCursor, String previousCursor) {
    this(resources, OptionalInt.of(totalResults), nextCursor, previousCursor);
  }

  /** An index-paging result. */
  public static QueryResult of(List<ScimResource> resources, int totalResults) {
    return new QueryResult(resources, totalResults, null, null);
  }

  /** A cursor page whose request did not want the total, answered without counting. */
  public static QueryResult uncounted(
      List<ScimResource> resources, String nextCursor, String previousCursor) {
    return new QueryResult(resources, OptionalInt.empty(), nextCursor, previousCursor);
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
}
