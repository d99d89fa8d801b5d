package io.scimitar.core.spi;

import io.scimitar.core.filter.Filter;
import io.scimitar.core.sort.SortSpec;

/**
 * What a store can evaluate itself. The service pushes down what is declared here and evaluates
 * the rest in memory (fetching candidates unpaged, then filtering, sorting and paging), so a
 * store that declares nothing is still correct, only slower.
 */
public interface StoreCapabilities {

  /** Whether the store can evaluate this whole (resolved) filter exactly as SCIM defines it. */
  boolean canFilter(Filter filter);

  /** Whether the store can sort by this attribute exactly as SCIM defines it. */
  boolean canSort(SortSpec sort);

  /** Whether the store implements cursor paging (RFC 9865). */
  boolean supportsCursorPaging();

  /** A store that can evaluate every filter and sort and supports cursors. */
  static StoreCapabilities everything() {
    return new StoreCapabilities() {
      @Override
      public boolean canFilter(Filter filter) {
        return true;
      }

      @Override
      public boolean canSort(SortSpec sort) {
        return true;
      }

      @Override
      public boolean supportsCursorPaging() {
        return true;
      }
    };
  }
}
