package io.scimitar.core.sort;

import io.scimitar.core.path.AttributePath;
import java.util.Objects;

/**
 * A requested order: {@code sortBy} and {@code sortOrder} (RFC 7644 §3.4.2.3).
 *
 * @param sortBy the attribute to sort by
 * @param order ascending or descending
 */
public record SortSpec(AttributePath sortBy, SortOrder order) {
  public SortSpec {
    Objects.requireNonNull(sortBy, "sortBy");
    Objects.requireNonNull(order, "order");
  }
}
