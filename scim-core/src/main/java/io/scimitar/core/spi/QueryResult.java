package io.scimitar.core.spi;

import io.scimitar.core.resource.ScimResource;
import java.util.List;
import java.util.Objects;

/**
 * One page of a query.
 *
 * @param resources the resources of the page, in order
 * @param totalResults how many resources match the whole query
 * @param nextCursor the cursor of the next page (cursor paging only), or null on the last page
 * @param previousCursor the cursor of the previous page, or null when unknown or on the first
 */
public record QueryResult(
    List<ScimResource> resources, int totalResults, String nextCursor, String previousCursor) {
  public QueryResult {
    resources = List.copyOf(Objects.requireNonNull(resources, "resources"));
    if (totalResults < resources.size()) {
      throw new IllegalArgumentException("totalResults is less than the page size");
    }
  }

  /** An index-paging result. */
  public static QueryResult of(List<ScimResource> resources, int totalResults) {
    return new QueryResult(resources, totalResults, null, null);
  }
}
