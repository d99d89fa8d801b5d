/**
 * The typed storage SPI: what someone implements to serve SCIM from tables they already have.
 * A {@link io.scimitar.core.spi.typed.UserStore} maps {@link io.scimitar.core.resource.User}s, a
 * {@link io.scimitar.core.spi.typed.GroupStore} maps {@link io.scimitar.core.resource.Group}s with
 * member-level operations, and {@link io.scimitar.core.spi.typed.TypedStorage} turns them (plus
 * generic stores for host-defined resource types) into the {@link io.scimitar.core.spi.Storage}
 * the protocol service talks to.
 *
 * <p>The typed stores follow the rules of the generic SPI ({@link
 * io.scimitar.core.spi.ResourceStore}): every call is confined to the tenant of its
 * {@link io.scimitar.core.spi.RequestContext}; writes compare the stored version with the
 * expected one in the same atomic step; {@code userName} is unique per tenant,
 * case-insensitively; conflicts are {@link io.scimitar.core.error.ScimException}s (404, 409
 * {@code uniqueness}, 412). Ids, versions and metadata come from the service and are kept as
 * given.
 *
 * <p>{@code docs/writing-a-store.md} walks through a {@code UserStore} over an existing table and
 * shows how to run the store TCK against it.
 *
 * <pre>{@code
 * // AccountsUserStore and TeamsGroupStore are the application's classes
 * Storage storage =
 *     TypedStorage.of(new AccountsUserStore(dataSource), new TeamsGroupStore(dataSource));
 * ScimService scim = new ScimService(SchemaRegistry.defaults(), storage, ServiceConfig.defaults());
 * }</pre>
 */
package io.scimitar.core.spi.typed;
