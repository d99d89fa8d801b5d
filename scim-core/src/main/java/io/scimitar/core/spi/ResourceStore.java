package io.scimitar.core.spi;

import io.scimitar.core.event.ChangeEvent;
import io.scimitar.core.resource.ScimResource;
import java.util.Optional;

/**
 * Persists and queries the resources of one resource type. Implementations must be thread-safe
 * and confine every call to {@link RequestContext#tenantId()}.
 *
 * <p>Writes are atomic: {@link #update} and {@link #delete} compare the stored version with the
 * expected one and write in the same step (compare-and-set, never check-then-write), and
 * uniqueness of attributes declared {@code uniqueness: server} (such as a User's
 * {@code userName}, case-insensitively) is enforced by the store in that step too. Conflicts are
 * reported as {@link io.scimitar.core.error.ScimException}s: 404 when the resource is gone, 409
 * {@code uniqueness}, 412 when the version differs.
 *
 * <p>Ids, versions and metadata are assigned by the service; a store keeps them as given.
 *
 * <p>Change events: when the {@link Storage} has an {@link Storage#eventLog() event log}, the
 * service calls the write methods that take a {@link ChangeEvent}, and the store records that
 * event in its log in the same atomic step as the write (the outbox): both or neither. A write
 * that fails (404, 409, 412, a database error, a rollback) records nothing. The defaults of those
 * methods ignore the event and call the plain write, which is right only for a storage without an
 * event log.
 */
public interface ResourceStore {

  /** The name of the resource type this store holds, e.g. {@code User}. */
  String resourceType();

  /** What queries the store can evaluate itself. */
  StoreCapabilities capabilities();

  /**
   * Stores a new resource that already has its id and metadata.
   *
   * @return the stored resource
   */
  ScimResource create(RequestContext context, ScimResource resource);

  /**
   * Reads one resource.
   *
   * @param membersWanted false when the caller does not need a group's members
   */
  Optional<ScimResource> get(RequestContext context, String id, boolean membersWanted);

  /**
   * Replaces a stored resource, or applies member-level changes to it, if its stored version is
   * {@code update.expectedVersion()}.
   *
   * @return the stored resource as it is after the write
   */
  ScimResource update(RequestContext context, ResourceUpdate update);

  /**
   * Deletes a resource if its stored version matches; a null version deletes unconditionally.
   * Deleting a user or group also removes it from every group it is a member of.
   */
  void delete(RequestContext context, String id, String expectedVersion);

  /**
   * Stores a new resource and records {@code event} in the event log in the same transaction.
   *
   * @param event the change, described by the service, with sequence 0
   * @return the stored resource
   */
  default ScimResource create(RequestContext context, ScimResource resource, ChangeEvent event) {
    return create(context, resource);
  }

  /**
   * Writes like {@link #update(RequestContext, ResourceUpdate)} and records {@code event} in the
   * event log in the same transaction. For member-level changes ({@code membersIncluded} false)
   * the service lists the members it asked to add and remove; the store records the members it
   * actually added and removed ({@link ChangeEvent#withMembers}), e.g. leaving out a member that
   * was already there and naming every member a {@code ReplaceAll} or {@code RemoveAll} dropped.
   *
   * @return the stored resource as it is after the write
   */
  default ScimResource update(RequestContext context, ResourceUpdate update, ChangeEvent event) {
    return update(context, update);
  }

  /**
   * Deletes like {@link #delete(RequestContext, String, String)} and records {@code event} in the
   * event log in the same transaction, with the version the deleted resource had ({@link
   * ChangeEvent#withVersion}) when the service did not know it ({@code expectedVersion} null).
   */
  default void delete(
      RequestContext context, String id, String expectedVersion, ChangeEvent event) {
    delete(context, id, expectedVersion);
  }

  /** Runs a query; see {@link ResourceQuery} for ordering rules. */
  QueryResult query(RequestContext context, ResourceQuery query);
}
