package io.scimitar.store.memory;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.event.ChangeEvent;
import io.scimitar.core.event.InMemoryEventLog;
import io.scimitar.core.patch.MemberRef;
import io.scimitar.core.patch.MembershipChange;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.spi.QueryResult;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceQuery;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.ResourceUpdate;
import io.scimitar.core.spi.StoreCapabilities;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The in-memory store of one resource type. Every write runs under the tenant's exclusive lock,
 * so version checks, uniqueness checks and the write itself are one atomic step; reads share the
 * lock. A group's members live in a {@link MemberTable}, so member-level changes never copy the
 * member list, and a read that does not want members never builds it. A write's change event is
 * appended to the storage's event log under the same lock, so the log's order is the order of
 * the writes.
 */
final class MemoryResourceStore implements ResourceStore {
  private final String resourceType;
  private final Function<RequestContext, TenantSpace> tenants;
  private final MemberAttribute members;
  private final QueryRunner queries;
  private final InMemoryEventLog events;

  /**
   * A store for one resource type.
   *
   * @param schema the resource type's schemas
   * @param tenants finds (or makes) the space of a request's tenant
   * @param events the storage's event log
   */
  MemoryResourceStore(ResourceSchema schema, Function<RequestContext, TenantSpace> tenants,
      InMemoryEventLog events) {
    this.resourceType = schema.resourceType().name();
    this.tenants = tenants;
    this.events = events;
    this.members = MemberAttribute.of(schema).orElse(null);
    this.queries = new QueryRunner(schema, members);
  }

  @Override
  public String resourceType() {
    return resourceType;
  }

  @Override
  public StoreCapabilities capabilities() {
    return StoreCapabilities.everything();
  }

  @Override
  public ScimResource create(RequestContext context, ScimResource resource) {
    return write(context, resource, null);
  }

  @Override
  public ScimResource create(RequestContext context, ScimResource resource, ChangeEvent event) {
    return write(context, resource, event);
  }

  /** Creates a resource and appends its event, if any, under the tenant's lock. */
  private ScimResource write(RequestContext context, ScimResource resource, ChangeEvent event) {
    checkType(resource);
    List<MemberRef> given = members == null ? List.of() : members.read(resource.view());
    Row row = Row.of(stripped(resource));
    TenantSpace tenant = tenants.apply(context);
    return tenant.write(() -> {
      TypeTable table = tenant.table(resourceType);
      table.insert(row);
      table.members().ifPresent(rows -> rows.addAll(row.id(), given));
      if (event != null) {
        events.append(event);
      }
      return output(table, row, true);
    });
  }

  @Override
  public Optional<ScimResource> get(RequestContext context, String id, boolean membersWanted) {
    TenantSpace tenant = tenants.apply(context);
    return tenant.read(() -> {
      TypeTable table = tenant.table(resourceType);
      Row row = table.get(id);
      return row == null ? Optional.empty() : Optional.of(output(table, row, membersWanted));
    });
  }

  @Override
  public ScimResource update(RequestContext context, ResourceUpdate update) {
    return write(context, update, null);
  }

  @Override
  public ScimResource update(RequestContext context, ResourceUpdate update, ChangeEvent event) {
    return write(context, update, event);
  }

  /**
   * Updates a resource and appends its event, if any, under the tenant's lock; for member-level
   * changes the event names the members that were actually added and removed.
   */
  private ScimResource write(RequestContext context, ResourceUpdate update, ChangeEvent event) {
    checkType(update.resource());
    List<MemberRef> given = members == null || !update.membersIncluded()
        ? List.of() : members.read(update.resource().view());
    Row next = Row.of(stripped(update.resource()));
    TenantSpace tenant = tenants.apply(context);
    return tenant.write(() -> {
      TypeTable table = tenant.table(resourceType);
      Row previous = existing(table, next.id(), update.expectedVersion());
      table.replace(previous, next);
      MemberDelta delta = new MemberDelta();
      table.members().ifPresent(rows -> {
        if (update.membersIncluded()) {
          rows.clear(next.id());
          rows.addAll(next.id(), given);
        } else {
          update.memberChanges().forEach(change -> apply(rows, next.id(), change, delta));
        }
      });
      if (event != null) {
        events.append(update.membersIncluded() || members == null
            ? event : event.withMembers(List.copyOf(delta.added), List.copyOf(delta.removed)));
      }
      return output(table, next, update.membersIncluded());
    });
  }

  @Override
  public void delete(RequestContext context, String id, String expectedVersion) {
    remove(context, id, expectedVersion, null);
  }

  @Override
  public void delete(
      RequestContext context, String id, String expectedVersion, ChangeEvent event) {
    remove(context, id, expectedVersion, event);
  }

  /** Deletes a resource and appends its event, with the deleted version, under the lock. */
  private void remove(
      RequestContext context, String id, String expectedVersion, ChangeEvent event) {
    TenantSpace tenant = tenants.apply(context);
    tenant.write(() -> {
      TypeTable table = tenant.table(resourceType);
      Row row = existing(table, id, expectedVersion);
      table.remove(row);
      tenant.forgetMember(id);
      if (event != null) {
        events.append(event.withVersion(row.version()));
      }
      return null;
    });
  }

  @Override
  public QueryResult query(RequestContext context, ResourceQuery query) {
    TenantSpace tenant = tenants.apply(context);
    return tenant.read(() -> queries.run(tenant.table(resourceType), query));
  }

  /**
   * The stored row, if its version is the expected one (any version when that is null).
   *
   * @throws ScimException 404 when there is no such resource, 412 when its version differs
   */
  private Row existing(TypeTable table, String id, String expectedVersion) {
    Row row = table.get(id);
    if (row == null) {
      throw ScimException.notFound(resourceType + " '" + id + "' not found");
    }
    if (expectedVersion != null && !expectedVersion.equals(row.version())) {
      throw ScimException.preconditionFailed(
          resourceType + " '" + id + "' is at version '" + row.version()
              + "', not the expected '" + expectedVersion + "'");
    }
    return row;
  }

  private static void apply(
      MemberTable rows, String groupId, MembershipChange change, MemberDelta delta) {
    if (change instanceof MembershipChange.Add add) {
      rows.addAll(groupId, add.members()).forEach(delta::added);
    } else if (change instanceof MembershipChange.Remove remove) {
      for (String memberId : remove.ids()) {
        if (rows.remove(groupId, memberId)) {
          delta.removed(memberId);
        }
      }
    } else if (change instanceof MembershipChange.ReplaceAll replaceAll) {
      rows.clear(groupId).forEach(delta::removed);
      rows.addAll(groupId, replaceAll.members()).forEach(delta::added);
    } else {
      rows.clear(groupId).forEach(delta::removed);
    }
  }

  /**
   * The net effect of one write's member changes: a member removed and added again by the same
   * write (as a replacement of the list does) was neither added nor removed.
   */
  private static final class MemberDelta {
    final Set<String> added = new LinkedHashSet<>();
    final Set<String> removed = new LinkedHashSet<>();

    void added(String id) {
      if (!removed.remove(id)) {
        added.add(id);
      }
    }

    void removed(String id) {
      if (!added.remove(id)) {
        removed.add(id);
      }
    }
  }

  /** The resource without its members, which are kept as rows. */
  private ScimResource stripped(ScimResource resource) {
    if (members == null || !resource.view().has(members.name())) {
      return resource;
    }
    return ScimResource.wrap(resourceType, members.strip(resource.view()));
  }

  private ScimResource output(TypeTable table, Row row, boolean membersWanted) {
    if (members == null || !membersWanted) {
      return row.resource();
    }
    return ScimResource.wrap(
        resourceType, members.join(row.tree(), table.members().orElseThrow().membersOf(row.id())));
  }

  private void checkType(ScimResource resource) {
    if (!resource.resourceType().equalsIgnoreCase(resourceType)) {
      throw new IllegalArgumentException(
          "a " + resource.resourceType() + " given to the " + resourceType + " store");
    }
  }
}
