package io.scimitar.core.spi;

/**
 * Which page of a query result is wanted: index-based (RFC 7644 §3.4.2.4) or cursor-based
 * (RFC 9865). {@code count} is the most resources to return; 0 asks only for the total.
 */
public sealed interface PageRequest permits PageRequest.Index, PageRequest.Cursor {

  /** The most resources to return. */
  int count();

  /**
   * Whether the caller needs {@code totalResults}. When false, a store may skip counting and
   * answer {@link QueryResult#uncounted}; a store that counts anyway stays correct.
   */
  boolean totalWanted();

  /**
   * Index paging: always wants the total.
   *
   * @param startIndex 1-based index of the first resource
   * @param count the most resources to return
   */
  record Index(int startIndex, int count) implements PageRequest {
    public Index {
      if (startIndex < 1 || count < 0) {
        throw new IllegalArgumentException("startIndex must be >= 1 and count >= 0");
      }
    }

    @Override
    public boolean totalWanted() {
      return true;
    }
  }

  /**
   * Cursor paging.
   *
   * @param cursor the opaque cursor of a previous page, or null for the first page
   * @param count the most resources to return
   * @param totalWanted false when the caller already knows the total (the service counts once
   *     per cursor walk, at its first page), so the store may skip counting
   */
  record Cursor(String cursor, int count, boolean totalWanted) implements PageRequest {
    public Cursor {
      if (count < 0) {
        throw new IllegalArgumentException("count must be >= 0");
      }
    }

    /** A cursor page that wants the total. */
    public Cursor(String cursor, int count) {
      this(cursor, count, true);
    }
  }
}
