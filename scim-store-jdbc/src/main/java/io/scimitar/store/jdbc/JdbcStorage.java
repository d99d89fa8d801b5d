package io.scimitar.store.jdbc;

import io.scimitar.core.event.EventLog;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.spi.GroupRef;
import io.scimitar.core.spi.MembershipReader;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.Storage;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A relational {@link Storage} over a {@link DataSource} the host supplies (pooled, for example
 * with HikariCP), holding a store for every resource type of a {@link SchemaRegistry}: users,
 * groups and host-defined types alike, every row scoped to the request's tenant.
 *
 * <p>Install the schema first with {@link JdbcSchema#migrate} (or run its scripts with Flyway or
 * Liquibase). The storage holds no state of its own besides configuration, so any number of
 * instances, in one process or many, may share one database: versions, uniqueness and
 * membership are guarded by the database itself.
 *
 * <p>Filters, sorting and both paging modes run in SQL (cursor paging as keyset paging, never
 * OFFSET); what SQL cannot decide exactly is declared in each store's capabilities and left to
 * the service. Group members are rows, one per member, read only when wanted and changed one
 * member at a time. A lost or unreachable database yields 503 errors and leaves nothing
 * half-written.
 *
 * <p>Change events: the storage keeps a durable {@link #eventLog() event log} in the same
 * database (an outbox, table {@code scim_event}); each write that the service describes by an
 * event inserts the event's row in the write's own transaction.
 *
 * <pre>{@code
 * JdbcSchema.migrate(dataSource, Dialect.POSTGRESQL);
 * Storage storage = new JdbcStorage(dataSource, Dialect.POSTGRESQL, SchemaRegistry.defaults());
 * }</pre>
 */
public final class JdbcStorage implements Storage {
  private final Database database;
  private final StorableText storable;
  private final Map<String, ResourceStore> stores = new HashMap<>();
  private final MembershipReader memberships = this::groupsOf;
  private final JdbcEventLog events;

  /**
   * A storage for every resource type the registry declares.
   *
   * @param dataSource where connections come from; the store commits or rolls back each one
   * @param dialect the database behind the data source
   * @param registry the schemas and resource types to store
   */
  public JdbcStorage(DataSource dataSource, Dialect dialect, SchemaRegistry registry) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(dialect, "dialect");
    this.database = new Database(dataSource);
    this.storable = new StorableText(dialect);
    this.events = new JdbcEventLog(database, Clock.systemUTC());
    for (ResourceSchema schema : registry.resourceSchemas()) {
      String name = schema.resourceType().name();
      if (StorableText.utf8Length(name) > 64) {
        throw new IllegalArgumentException("resource type name '" + name + "' is longer than 64"
            + " bytes");
      }
      stores.put(key(name),
          new JdbcResourceStore(new AttributeCatalog(schema), dialect, database, events));
    }
  }

  @Override
  public Optional<ResourceStore> store(String resourceType) {
    return Optional.ofNullable(stores.get(key(resourceType)));
  }

  @Override
  public MembershipReader memberships() {
    return memberships;
  }

  /** The change-event outbox in this storage's database; see {@link Storage#eventLog()}. */
  @Override
  public Optional<EventLog> eventLog() {
    return Optional.of(events);
  }

  private static String key(String resourceType) {
    return resourceType.toLowerCase(Locale.ROOT);
  }

  /** The groups (of any group-like type) whose member rows name the member, by group id. */
  private List<GroupRef> groupsOf(RequestContext context, String memberId) {
    String tenant = context.tenantId();
    if (!storable.fits(tenant, StorableText.MAX_TENANT_BYTES)
        || !storable.fits(memberId, StorableText.MAX_ID_BYTES)) {
      return List.of();
    }
    return database.inTransaction(connection -> {
      List<GroupRef> groups = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement("SELECT r.id, r.document"
          + " FROM scim_member m JOIN scim_resource r ON r.tenant = m.tenant"
          + " AND r.resource_type = m.resource_type AND r.id = m.group_id"
          + " WHERE m.tenant = ? AND m.member_key = ? AND m.member_id = ? ORDER BY r.id")) {
        Sql.bind(select, List.of(tenant, MemberRows.key(memberId), memberId));
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            var display = Documents.read(rows.getString(2)).get("displayName");
            groups.add(new GroupRef(rows.getString(1),
                display != null && display.isTextual() ? display.asText() : null));
          }
        }
      }
      return groups;
    });
  }
}
