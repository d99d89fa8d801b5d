package io.scimitar.core.spi.typed;

import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.spi.QueryResult;

/** Converts typed pages to the generic SPI's results. */
final class Pages {
  private Pages() {}

  static QueryResult toResult(Page<ScimResource> page) {
    return new QueryResult(page.items(), page.total(), page.nextCursor(), page.previousCursor());
  }
}
