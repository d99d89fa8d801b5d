package io.scimitar.examples;

import io.scimitar.core.catalogue.CatalogueItem;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Where the example keeps its permission sets and roles, per tenant: in memory, or in two tables
 * of the example's database beside the SCIM store's, so a restart keeps what an administrator
 * added or deleted. The sample catalogue is written once per tenant, on its first start.
 */
sealed interface CatalogueRows permits MemoryCatalogueRows, JdbcCatalogueRows {

  /** The rows of the backend: its database when it has one, else memory. */
  static CatalogueRows of(DataSource database) {
    return database == null ? new MemoryCatalogueRows() : JdbcCatalogueRows.install(database);
  }

  /** A kind's items of a tenant, by id. */
  List<CatalogueItem> list(String tenant, CatalogueKind kind);

  /** One item, or empty. */
  Optional<CatalogueItem> find(String tenant, CatalogueKind kind, String id);

  /** Adds an item; false when the kind already has one with its id. */
  boolean insert(String tenant, CatalogueKind kind, CatalogueItem item);

  /** Deletes an item; false when there is none. */
  boolean delete(String tenant, CatalogueKind kind, String id);

  /**
   * Writes the sample items unless the tenant was seeded before (by this process or another, now
   * or on an earlier start), so that an administrator's deletions stay deleted.
   *
   * @return whether the samples were written now
   */
  boolean seedOnce(String tenant, List<SampleCatalogue.Sample> samples);
}
