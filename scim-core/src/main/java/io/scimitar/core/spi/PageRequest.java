package io.scimitar.core.spi;

/**
 * Which page of a query result is wanted: index-based (RFC 7644 §3.4.2.4) or cursor-based
 * (RFC 9865). {@code count} is the most resources to return; 0 asks only for the total.
 */
public sealed interface PageRequest permits PageRequest.Index, PageRequest.Cursor {

  /** The most resources to return. */
  int count();

  /**
   * Index paging.
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
  }

  /**
   * Cursor paging.
   *
   * @param cursor the opaque cursor of a previous page, or null for the first page
   * @param count the most resources to return
   */
  record Cursor(String cursor, int count) implements PageRequest {
    public Cursor {
      if (count < 0) {
        throw new IllegalArgumentException("count must be >= 0");
      }
    }
  }
}
