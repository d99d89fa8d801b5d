package io.scimitar.examples;

import io.scimitar.core.catalogue.Catalogue;
import io.scimitar.core.catalogue.CatalogueItem;
import io.scimitar.core.catalogue.CatalogueStorage;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.Storage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The Identity Center's catalogue as SCIM serves it: its permission sets as Okta Entitlements at
 * {@code /Entitlements} and its roles as Okta Roles at {@code /Roles}, read from
 * {@link CatalogueRows}, seeded with {@link SampleCatalogue} on a tenant's first start.
 */
final class IdentityCatalogue {
  private final CatalogueRows rows;

  private IdentityCatalogue(CatalogueRows rows) {
    this.rows = rows;
  }

  /** Registers the Entitlement and Role types and their schemas; answers the builder. */
  static SchemaRegistry.Builder registerTypes(SchemaRegistry.Builder registry) {
    for (CatalogueKind kind : CatalogueKind.values()) {
      kind.type().registerIn(registry);
    }
    return registry;
  }

  /**
   * Opens the catalogue in {@code database} (memory when null) and seeds {@code tenant} if this
   * is its first start.
   */
  static IdentityCatalogue open(DataSource database, String tenant) {
    CatalogueRows rows = CatalogueRows.of(database);
    rows.seedOnce(tenant, SampleCatalogue.at(Instant.now()));
    return new IdentityCatalogue(rows);
  }

  /** {@code base}, also serving the two catalogue types. */
  Storage storage(Storage base) {
    CatalogueStorage storage = CatalogueStorage.over(base);
    for (CatalogueKind kind : CatalogueKind.values()) {
      storage = storage.serve(kind.type(), served(kind));
    }
    return storage;
  }

  /** The rows, for the admin API. */
  CatalogueRows rows() {
    return rows;
  }

  private Catalogue served(CatalogueKind kind) {
    return new Catalogue() {
      @Override
      public List<CatalogueItem> items(RequestContext context) {
        return rows.list(context.tenantId(), kind);
      }

      @Override
      public Optional<CatalogueItem> item(RequestContext context, String id) {
        return rows.find(context.tenantId(), kind, id);
      }
    };
  }
}
