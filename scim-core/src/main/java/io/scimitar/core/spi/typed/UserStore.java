package io.scimitar.core.spi.typed;

import io.scimitar.core.resource.User;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceQuery;
import io.scimitar.core.spi.StoreCapabilities;
import java.util.Optional;

/**
 * Persists {@link User}s, for example as rows of an existing {@code accounts} table. Turned into
 * a {@link io.scimitar.core.spi.ResourceStore} by {@link TypedStorage}.
 *
 * <p>Implementations must be thread-safe and confine every call to
 * {@link RequestContext#tenantId()}. The service has already validated each user and assigned
 * its id and {@link io.scimitar.core.resource.Meta} (version, created, lastModified); a store
 * keeps them as given and returns them unchanged. What a store cannot keep is lost on the next
 * read, so a store over a table with few columns keeps the remaining attributes elsewhere (one
 * JSON column is enough) or accepts that they are dropped. {@link User#groups()} is read-only
 * and filled by the service from the {@link GroupStore}; a store need not keep it.
 *
 * <p>Errors are {@link io.scimitar.core.error.ScimException}s: 409 {@code uniqueness} when the id
 * or the {@code userName} (compared case-insensitively, within the tenant) is taken, 404 when
 * the user does not exist, 412 when its stored version is not the expected one. The version
 * check and the write are one atomic step (for SQL: {@code UPDATE ... WHERE id = ? AND version
 * = ?}), and uniqueness is enforced atomically too (for SQL: a unique index), so several
 * application instances sharing one database stay correct.
 */
public interface UserStore {

  /**
   * Which filters, sorts and paging modes {@link #query} evaluates itself; the service does the
   * rest in memory. {@link EqualityCapabilities} covers the common case.
   */
  StoreCapabilities capabilities();

  /**
   * Stores a new user.
   *
   * @return the user as stored (normally {@code user} itself)
   */
  User create(RequestContext context, User user);

  /** Reads one user of the tenant. */
  Optional<User> get(RequestContext context, String id);

  /**
   * Replaces a user if its stored version is {@code expectedVersion}. {@code user} carries the
   * new version and lastModified in its meta.
   *
   * @return the user as stored (normally {@code user} itself)
   */
  User update(RequestContext context, User user, String expectedVersion);

  /**
   * Deletes a user if its stored version is {@code expectedVersion}; a null version deletes
   * unconditionally. Its group memberships are removed afterwards through
   * {@link GroupStore#removeMemberEverywhere}; a store whose users and groups share a database
   * may remove them here in the same transaction instead.
   */
  void delete(RequestContext context, String id, String expectedVersion);

  /**
   * Runs a query. Only what {@link #capabilities()} declares reaches the store. Results come in
   * a stable order: by {@code query.sort()} when given, then by id, so that paging never repeats
   * or skips a user.
   */
  Page<User> query(RequestContext context, ResourceQuery query);
}
