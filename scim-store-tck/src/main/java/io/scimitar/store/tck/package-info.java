/**
 * The store TCK: abstract JUnit 5 suites that every implementation of the storage SPI
 * ({@link io.scimitar.core.spi.Storage}) must pass. A store's test sources extend each suite and
 * implement {@link io.scimitar.store.tck.StoreTck#createStorage}; nothing else is needed.
 *
 * <p>The suites play the protocol service: they assign ids, versions ({@code "1"}, {@code "2"},
 * ...) and metadata, resolve filters and sorts with scim-core, and check that the store keeps,
 * finds, orders, pages and guards resources exactly as the SPI documents. Every test works in
 * tenants of its own, so a store may share one database across tests.
 *
 * <pre>{@code
 * class MyStoreCrudTest extends CrudTck {
 *   @Override
 *   protected Storage createStorage(SchemaRegistry registry) {
 *     return new MyStorage(registry);
 *   }
 * }
 * }</pre>
 *
 * <p>The suites: {@link io.scimitar.store.tck.CrudTck}, {@link io.scimitar.store.tck.FilterTck},
 * {@link io.scimitar.store.tck.SortTck}, {@link io.scimitar.store.tck.PagingTck},
 * {@link io.scimitar.store.tck.MembershipTck}, {@link io.scimitar.store.tck.TenantIsolationTck},
 * {@link io.scimitar.store.tck.VersionTck}, {@link io.scimitar.store.tck.UniquenessTck} and
 * {@link io.scimitar.store.tck.ConcurrencyTck}. A test whose filter, sort or paging mode the
 * store does not declare in its {@link io.scimitar.core.spi.StoreCapabilities} is skipped, as the
 * service would evaluate it in memory.
 */
package io.scimitar.store.tck;
