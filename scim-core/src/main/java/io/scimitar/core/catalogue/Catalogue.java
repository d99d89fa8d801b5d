package io.scimitar.core.catalogue;

import io.scimitar.core.spi.RequestContext;
import java.util.List;
import java.util.Optional;

/**
 * What a host implements to serve one read-only resource type from its own data: its items, per
 * tenant. Filtering, sorting and both kinds of paging are the service's work, done over
 * {@link #items}; a catalogue is a list a client imports whole (permission sets, roles, licences),
 * so the service asks for all of it on every list request. Implementations must be thread-safe.
 */
public interface Catalogue {

  /** Every item of the tenant's catalogue, in any order; the service orders them by id. */
  List<CatalogueItem> items(RequestContext context);

  /** One item by id, or empty; by default found in {@link #items}. */
  default Optional<CatalogueItem> item(RequestContext context, String id) {
    return items(context).stream().filter(item -> item.id().equals(id)).findFirst();
  }
}
