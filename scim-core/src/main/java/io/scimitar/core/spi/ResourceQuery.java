package io.scimitar.core.spi;

import io.scimitar.core.filter.Filter;
import io.scimitar.core.sort.SortSpec;
import java.util.Objects;
import java.util.Optional;

/**
 * A typed query for one resource type. Results must come in a stable order: by {@code sort} when
 * given, then by id, so that paging never repeats or skips a resource.
 *
 * @param filter a resolved filter (canonical attribute names), or null for every resource; only
 *     filters the store declared it can evaluate reach it
 * @param sort the requested order, or null for the store's stable default order (by id)
 * @param page which page is wanted
 * @param membersWanted false when the caller excluded the members of groups, so a store can skip
 *     loading them
 */
public record ResourceQuery(Filter filter, SortSpec sort, PageRequest page, boolean membersWanted) {
  public ResourceQuery {
    Objects.requireNonNull(page, "page");
  }

  /** The filter, if any. */
  public Optional<Filter> filterIfAny() {
    return Optional.ofNullable(filter);
  }

  /** The sort, if any. */
  public Optional<SortSpec> sortIfAny() {
    return Optional.ofNullable(sort);
  }
}
