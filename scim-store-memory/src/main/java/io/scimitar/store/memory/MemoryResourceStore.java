package io.scimitar.store.memory;

import io.scimitar.core.error.ScimException;
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
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The in-memory store of one resource type. Every write runs under the tenant's exclusive lock,
 * so version checks, uniqueness checks and the write itself are one atomic step; reads share the
 * lock. A group's members live in a {@link MemberTable}, so member-level changes never copy the
 * member list, and a read that does not want members never builds it.
 */
final class MemoryResourceStore implements ResourceStore {
  private final String resourceType;
  private final Function<RequestContext, TenantSpace> tenants;
  private final MemberAttribute members;
  private final QueryRunner queries;

  /**
   * A store for one resource type.
   *
   * @param schema the resource type's schemas
   * @param tenants finds (or makes) the space of a request's tenant
   */
  MemoryResourceStore(ResourceSchema schema, Function<RequestContext, TenantSpace> tenants) {
    this.resourceType = schema.resourceType().name();
    this.tenants = tenants;
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
    checkType(resource);
    List<MemberRef> given = members == null ? List.of() : members.read(resource.view());
    Row row = Row.of(stripped(resource));
    TenantSpace tenant = tenants.apply(context);
    return tenant.write(() -> {
      TypeTable table = tenant.table(resourceType);
      table.insert(row);
      table.members().ifPresent(rows -> rows.addAll(row.id(), given));
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
    checkType(update.resource());
    List<MemberRef> given = members == null || !update.membersIncluded()
        ? List.of() : members.read(update.resource().view());
    Row next = Row.of(stripped(update.resource()));
    TenantSpace tenant = tenants.apply(context);
    return tenant.write(() -> {
      TypeTable table = tenant.table(resourceType);
      Row previous = existing(table, next.id(), update.expectedVersion());
      table.replace(previous, next);
      table.members().ifPresent(rows -> {
        if (update.membersIncluded()) {
          rows.clear(next.id());
          rows.addAll(next.id(), given);
        } else {
          update.memberChanges().forEach(change -> apply(rows, next.id(), change));
        }
      });
      return output(table, next, update.membersIncluded());
    });
  }

  @Override
  public void delete(RequestContext context, String id, String expectedVersion) {
    TenantSpace tenant = tenants.apply(context);
    tenant.write(() -> {
      TypeTable table = tenant.table(resourceType);
      table.remove(existing(table, id, expectedVersion));
      tenant.forgetMember(id);
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

  private static void apply(MemberTable rows, String groupId, MembershipChange change) {
    if (change instanceof MembershipChange.Add add) {
      rows.addAll(groupId, add.members());
    } else if (change instanceof MembershipChange.Remove remove) {
      remove.ids().forEach(memberId -> rows.remove(groupId, memberId));
    } else if (change instanceof MembershipChange.ReplaceAll replaceAll) {
      rows.clear(groupId);
      rows.addAll(groupId, replaceAll.members());
    } else {
      rows.clear(groupId);
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
