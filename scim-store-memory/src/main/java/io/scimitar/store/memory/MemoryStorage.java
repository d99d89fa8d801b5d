package io.scimitar.store.memory;

import io.scimitar.core.event.EventLog;
import io.scimitar.core.event.InMemoryEventLog;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.spi.GroupRef;
import io.scimitar.core.spi.MembershipReader;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.Storage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A thread-safe, multi-tenant in-memory {@link Storage} holding a store for every resource type
 * of a {@link SchemaRegistry}. Each tenant has its own tables and its own lock, so tenants never
 * see or wait for each other. Indexes: by id, by {@code externalId}, by every single-valued
 * attribute declared unique (case-folded unless {@code caseExact}), and group membership in both
 * directions. Nothing is persisted: the data lives as long as this object, and so does its
 * {@link InMemoryEventLog event log}, to which every write appends its change event under the
 * write's lock.
 *
 * <p>Behaviour the SPI leaves open: an update with {@code membersIncluded} false returns the
 * group without members (as a read with {@code membersWanted} false would), so a member change
 * never builds the member list; removing a deleted resource from its groups changes neither the
 * groups' versions nor their metadata, which belong to the service. Cursors are URL-safe base64
 * of the last resource's sort value and id, valid across writes and across instances holding the
 * same data, and bound to the sort they were issued for.
 *
 * <pre>{@code
 * Storage storage = new MemoryStorage(SchemaRegistry.defaults());
 * }</pre>
 */
public final class MemoryStorage implements Storage {
  private final Map<String, ResourceSchema> schemasByType = new LinkedHashMap<>();
  private final Map<String, ResourceStore> storesByKey = new HashMap<>();
  private final Map<String, TenantSpace> tenants = new ConcurrentHashMap<>();
  private final MembershipReader memberships = this::groupsOf;
  private final InMemoryEventLog events;

  /** A storage for every resource type the registry declares, with a default event log. */
  public MemoryStorage(SchemaRegistry registry) {
    this(registry, new InMemoryEventLog());
  }

  /**
   * A storage for every resource type the registry declares.
   *
   * @param events the log its writes append their change events to
   */
  public MemoryStorage(SchemaRegistry registry, InMemoryEventLog events) {
    this.events = events;
    for (ResourceSchema schema : registry.resourceSchemas()) {
      String name = schema.resourceType().name();
      schemasByType.put(name, schema);
      storesByKey.put(key(name), new MemoryResourceStore(schema, this::tenant, events));
    }
  }

  @Override
  public Optional<EventLog> eventLog() {
    return Optional.of(events);
  }

  @Override
  public Optional<ResourceStore> store(String resourceType) {
    return Optional.ofNullable(storesByKey.get(key(resourceType)));
  }

  @Override
  public MembershipReader memberships() {
    return memberships;
  }

  private static String key(String resourceType) {
    return resourceType.toLowerCase(Locale.ROOT);
  }

  private TenantSpace tenant(RequestContext context) {
    return tenants.computeIfAbsent(context.tenantId(), id -> newTenant());
  }

  private TenantSpace newTenant() {
    Map<String, TypeTable> tables = new HashMap<>();
    schemasByType.forEach((name, schema) -> tables.put(name, new TypeTable(name,
        UniqueAttribute.of(schema), FilterIndexes.of(schema),
        MemberAttribute.of(schema).isPresent())));
    return new TenantSpace(tables);
  }

  private List<GroupRef> groupsOf(RequestContext context, String memberId) {
    TenantSpace tenant = tenant(context);
    return tenant.read(() -> {
      List<GroupRef> groups = new ArrayList<>();
      for (TypeTable table : tenant.tablesWithMembers()) {
        for (String groupId : table.members().orElseThrow().groupsOf(memberId)) {
          groups.add(new GroupRef(
              groupId, table.get(groupId).resource().text("displayName").orElse(null)));
        }
      }
      groups.sort(Comparator.comparing(GroupRef::id));
      return groups;
    });
  }
}
