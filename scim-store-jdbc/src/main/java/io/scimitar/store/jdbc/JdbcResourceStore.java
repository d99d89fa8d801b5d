package io.scimitar.store.jdbc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.event.ChangeEvent;
import io.scimitar.core.filter.Filter;
import io.scimitar.core.patch.MemberRef;
import io.scimitar.core.patch.MembershipChange;
import io.scimitar.core.resource.Meta;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.spi.PageRequest;
import io.scimitar.core.spi.QueryResult;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceQuery;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.ResourceUpdate;
import io.scimitar.core.spi.StoreCapabilities;
import io.scimitar.core.sort.SortSpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The JDBC store of one resource type. Every write is one transaction: the resource row is
 * written first with its version checked in the same statement ({@code UPDATE ... WHERE version
 * = ?}), which also locks the row until commit; then its unique values, value index rows and,
 * for groups, the member rows named by the change; last, when the service passed one, the change
 * event's outbox row ({@link JdbcEventLog#record}), so the event commits or rolls back with the
 * change.
 */
final class JdbcResourceStore implements ResourceStore {
  private final String resourceType;
  private final Database database;
  private final StorableText storable;
  private final ValueIndexer indexer;
  private final UniqueKeys uniqueKeys;
  private final GroupMembers members;
  private final MemberRows memberRows;
  private final FilterSql filters;
  private final AttributeCatalog catalog;
  private final Dialect dialect;
  private final StoreCapabilities capabilities;
  private final JdbcEventLog events;

  JdbcResourceStore(AttributeCatalog catalog, Dialect dialect, Database database,
      JdbcEventLog events) {
    this.events = events;
    this.catalog = catalog;
    this.dialect = dialect;
    this.resourceType = catalog.schema().resourceType().name();
    this.database = database;
    this.storable = new StorableText(dialect);
    this.indexer = new ValueIndexer(catalog, dialect);
    this.uniqueKeys = new UniqueKeys(catalog.schema());
    this.members = catalog.members().orElse(null);
    this.memberRows = members == null ? null : new MemberRows(resourceType, members);
    this.filters = new FilterSql(catalog, dialect);
    this.capabilities = new Capabilities();
  }

  @Override
  public String resourceType() {
    return resourceType;
  }

  @Override
  public StoreCapabilities capabilities() {
    return capabilities;
  }

  @Override
  public ScimResource create(RequestContext context, ScimResource resource) {
    return insert(context, resource, null);
  }

  @Override
  public ScimResource create(RequestContext context, ScimResource resource, ChangeEvent event) {
    return insert(context, resource, event);
  }

  private ScimResource insert(RequestContext context, ScimResource resource, ChangeEvent event) {
    checkType(resource);
    String tenant = context.tenantId();
    String id = resource.id().orElseThrow(() -> new IllegalArgumentException("resource has no id"));
    Prepared prepared = prepare(tenant, id, resource, true);
    database.inTransaction(connection -> {
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO scim_resource"
          + " (tenant, resource_type, id, version, document) VALUES (?, ?, ?, ?, ?)")) {
        Sql.bind(insert, List.of(tenant, resourceType, id, prepared.version(), prepared.document()));
        insert.executeUpdate();
      } catch (SQLException e) {
        if (Database.isIntegrityViolation(e)) {
          throw ScimException.uniqueness(resourceType + " '" + id + "' already exists");
        }
        throw e;
      }
      writeIndexes(connection, tenant, id, prepared);
      if (memberRows != null) {
        memberRows.insert(connection, tenant, id, prepared.members());
      }
      if (event != null) {
        events.record(connection, event);
      }
      return null;
    });
    announce(event);
    return output(prepared.stored(), prepared.members(), true);
  }

  @Override
  public Optional<ScimResource> get(RequestContext context, String id, boolean membersWanted) {
    String tenant = context.tenantId();
    if (!isStorableKey(tenant, id)) {
      return Optional.empty();
    }
    return database.inTransaction(connection -> {
      Optional<ObjectNode> tree;
      try (PreparedStatement select = connection.prepareStatement("SELECT document FROM"
          + " scim_resource WHERE tenant = ? AND resource_type = ? AND id = ?")) {
        Sql.bind(select, List.of(tenant, resourceType, id));
        try (ResultSet row = select.executeQuery()) {
          tree = row.next() ? Optional.of(Documents.read(row.getString(1))) : Optional.empty();
        }
      }
      if (tree.isEmpty()) {
        return Optional.<ScimResource>empty();
      }
      if (memberRows == null || !membersWanted) {
        return Optional.of(ScimResource.wrap(resourceType, tree.get()));
      }
      List<MemberRef> refs = memberRows.of(connection, tenant, List.of(id))
          .getOrDefault(id, List.of());
      return Optional.of(output(tree.get(), refs, true));
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

  private ScimResource write(RequestContext context, ResourceUpdate update, ChangeEvent event) {
    ScimResource next = update.resource();
    checkType(next);
    String tenant = context.tenantId();
    String id = update.id();
    String expected = update.expectedVersion();
    if (!isStorableKey(tenant, id)) {
      throw notFound(id);
    }
    Prepared prepared = prepare(tenant, id, next, update.membersIncluded());
    for (MembershipChange change : update.memberChanges()) {
      checkMembers(change);
    }
    database.inTransaction(connection -> {
      int updated = 0;
      if (storable.fits(expected, StorableText.MAX_VERSION_BYTES)) {
        try (PreparedStatement write = connection.prepareStatement("UPDATE scim_resource"
            + " SET version = ?, document = ?"
            + " WHERE tenant = ? AND resource_type = ? AND id = ? AND version = ?")) {
          Sql.bind(write, List.of(prepared.version(), prepared.document(), tenant, resourceType,
              id, expected));
          updated = write.executeUpdate();
        }
      }
      if (updated == 0) {
        throw conflict(connection, tenant, id, expected);
      }
      deleteIndexes(connection, tenant, id);
      writeIndexes(connection, tenant, id, prepared);
      ChangeEvent recorded = event;
      if (memberRows != null) {
        if (update.membersIncluded()) {
          memberRows.clear(connection, tenant, id);
          memberRows.insert(connection, tenant, id, prepared.members());
        } else {
          MemberDelta delta = event == null ? null : new MemberDelta();
          for (MembershipChange change : update.memberChanges()) {
            memberRows.apply(connection, tenant, id, change, delta);
          }
          if (delta != null) {
            recorded = event.withMembers(delta.addedIds(), delta.removedIds());
          }
        }
      }
      if (recorded != null) {
        events.record(connection, recorded);
      }
      return null;
    });
    announce(event);
    return output(prepared.stored(), prepared.members(), update.membersIncluded());
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

  private void remove(
      RequestContext context, String id, String given, ChangeEvent event) {
    String tenant = context.tenantId();
    if (!isStorableKey(tenant, id)) {
      throw notFound(id);
    }
    database.inTransaction(connection -> {
      // The event names the version deleted; without an expected one, read it under a lock.
      String expectedVersion = given == null && event != null
          ? lockedVersion(connection, tenant, id) : given;
      Sql delete = new Sql().append("DELETE FROM scim_resource WHERE tenant = ").param(tenant)
          .append(" AND resource_type = ").param(resourceType).append(" AND id = ").param(id);
      boolean versionStorable = expectedVersion == null
          || storable.fits(expectedVersion, StorableText.MAX_VERSION_BYTES);
      if (expectedVersion != null && versionStorable) {
        delete.append(" AND version = ").param(expectedVersion);
      }
      int deleted = 0;
      if (versionStorable) {
        try (PreparedStatement statement = delete.prepare(connection)) {
          deleted = statement.executeUpdate();
        }
      }
      if (deleted == 0) {
        throw conflict(connection, tenant, id, expectedVersion);
      }
      deleteIndexes(connection, tenant, id);
      if (memberRows != null) {
        memberRows.clear(connection, tenant, id);
      }
      try (PreparedStatement statement = connection.prepareStatement("DELETE FROM scim_member"
          + " WHERE tenant = ? AND member_key = ? AND member_id = ?")) {
        Sql.bind(statement, List.of(tenant, MemberRows.key(id), id));
        statement.executeUpdate();
      }
      if (event != null) {
        events.record(connection, event.withVersion(expectedVersion));
      }
      return null;
    });
    announce(event);
  }

  /** The version of a resource, its row locked until commit; 404 when there is none. */
  private String lockedVersion(Connection connection, String tenant, String id)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT version FROM"
        + " scim_resource WHERE tenant = ? AND resource_type = ? AND id = ? FOR UPDATE")) {
      Sql.bind(select, List.of(tenant, resourceType, id));
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw notFound(id);
        }
        return row.getString(1);
      }
    }
  }

  /** Tells the event log's listeners in this process that an event was committed. */
  private void announce(ChangeEvent event) {
    if (event != null) {
      events.committed();
    }
  }

  @Override
  public QueryResult query(RequestContext context, ResourceQuery query) {
    String tenant = context.tenantId();
    Filter filter = query.filter();
    Sql where = new Sql();
    if (filter != null) {
      Sql condition = filters.translate(filter, tenant).orElseThrow(() ->
          new IllegalArgumentException("the store does not evaluate " + filter.render()));
      where.append(" AND (").append(condition).append(")");
    }
    SortSpec sort = query.sort();
    QueryOrder order = QueryOrder.of(sort, catalog, dialect).orElseThrow(() ->
        new IllegalArgumentException("the store does not sort by " + sort.sortBy().render()));
    PageRequest page = query.page();
    QueryOrder.Position after = null;
    if (page instanceof PageRequest.Cursor cursor && cursor.cursor() != null
        && !cursor.cursor().isEmpty()) {
      after = Cursors.decode(cursor.cursor(), order.key(), dialect);
    }
    if (!storable.fits(tenant, StorableText.MAX_TENANT_BYTES)) {
      return QueryResult.of(List.of(), 0);
    }
    QueryOrder.Position position = after;
    return database.inTransaction(connection ->
        run(connection, tenant, where, order, page, position, query.membersWanted()));
  }

  private QueryResult run(Connection connection, String tenant, Sql where, QueryOrder order,
      PageRequest page, QueryOrder.Position after, boolean membersWanted) throws SQLException {
    // The count grows with the matches; a keyset page does not, so count only when wanted.
    OptionalInt total = page.totalWanted()
        ? OptionalInt.of(count(connection, tenant, where)) : OptionalInt.empty();
    boolean byIndex = page instanceof PageRequest.Index;
    long offset = byIndex ? ((PageRequest.Index) page).startIndex() - 1L : 0;
    if (page.count() == 0 || offset >= total.orElse(Integer.MAX_VALUE)) {
      return new QueryResult(List.of(), total, null, null);
    }
    Sql select = new Sql().append("SELECT r.id, r.document FROM scim_resource r");
    order.join(select);
    select.append(" WHERE r.tenant = ").param(tenant)
        .append(" AND r.resource_type = ").param(resourceType).append(where);
    if (after != null) {
      select.append(" AND ");
      order.after(select, after);
    }
    order.orderBy(select);
    int limit = byIndex ? page.count() : page.count() + 1;
    select.append(" LIMIT ").param(limit);
    if (offset > 0) {
      select.append(" OFFSET ").param((int) offset);
    }
    Map<String, ObjectNode> found = new LinkedHashMap<>();
    try (PreparedStatement statement = select.prepare(connection);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        found.put(rows.getString(1), Documents.read(rows.getString(2)));
      }
    }
    boolean more = !byIndex && found.size() > page.count();
    List<String> ids = new ArrayList<>(found.keySet());
    if (more) {
      ids = ids.subList(0, page.count());
    }
    Map<String, List<MemberRef>> refs = memberRows != null && membersWanted
        ? memberRows.of(connection, tenant, ids) : Map.of();
    List<ScimResource> resources = new ArrayList<>(ids.size());
    for (String id : ids) {
      resources.add(output(found.get(id), refs.getOrDefault(id, List.of()), membersWanted));
    }
    if (byIndex) {
      return new QueryResult(resources, total, null, null);
    }
    String next = null;
    if (more) {
      String last = ids.get(ids.size() - 1);
      next = Cursors.encode(order.key(), order.positionOf(last, found.get(last)));
    }
    return new QueryResult(resources, total, next, null);
  }

  private int count(Connection connection, String tenant, Sql where) throws SQLException {
    Sql count = new Sql().append("SELECT COUNT(*) FROM scim_resource r WHERE r.tenant = ")
        .param(tenant).append(" AND r.resource_type = ").param(resourceType).append(where);
    try (PreparedStatement statement = count.prepare(connection);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getInt(1);
    }
  }

  /** What a write stores, computed and checked before any connection is taken. */
  private record Prepared(ObjectNode stored, String version, String document,
      List<ValueRow> values, List<UniqueKeys.UniqueValue> uniques, List<MemberRef> members) {}

  private Prepared prepare(String tenant, String id, ScimResource resource,
      boolean membersIncluded) {
    storable.checkIdentifier("the tenant id", tenant, StorableText.MAX_TENANT_BYTES);
    storable.checkIdentifier("the id", id, StorableText.MAX_ID_BYTES);
    Meta meta = resource.meta()
        .orElseThrow(() -> new IllegalArgumentException("resource has no meta.version"));
    storable.checkIdentifier("the version", meta.version(), StorableText.MAX_VERSION_BYTES);
    storable.check(resource.view());
    ObjectNode stored = members == null ? resource.view() : members.strip(resource.view());
    List<MemberRef> given = members == null || !membersIncluded
        ? List.of() : members.read(resource.view());
    given.forEach(this::checkMember);
    return new Prepared(stored, meta.version(), Documents.write(stored), indexer.rows(stored),
        uniqueKeys.of(stored), given);
  }

  private void checkMembers(MembershipChange change) {
    if (change instanceof MembershipChange.Add add) {
      add.members().forEach(this::checkMember);
    } else if (change instanceof MembershipChange.ReplaceAll replaceAll) {
      replaceAll.members().forEach(this::checkMember);
    }
  }

  private void checkMember(MemberRef ref) {
    storable.checkIdentifier("the member value", ref.value(), StorableText.MAX_ID_BYTES);
    for (String text : new String[] {ref.display(), ref.type(), ref.ref()}) {
      if (text != null) {
        storable.checkText("a member of '" + ref.value() + "'", text);
      }
    }
  }

  private void writeIndexes(Connection connection, String tenant, String id, Prepared prepared)
      throws SQLException {
    for (UniqueKeys.UniqueValue unique : prepared.uniques()) {
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO scim_unique"
          + " (tenant, resource_type, attr, value_key, resource_id) VALUES (?, ?, ?, ?, ?)")) {
        Sql.bind(insert, List.of(tenant, resourceType, unique.attr(), unique.key(), id));
        insert.executeUpdate();
      } catch (SQLException e) {
        if (Database.isIntegrityViolation(e)) {
          throw ScimException.uniqueness(unique.attr() + " is already in use by another "
              + resourceType + " of this tenant");
        }
        throw e;
      }
    }
    if (prepared.values().isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO scim_value"
        + " (tenant, resource_type, resource_id, attr, element, sub, ordinal, present, sort_row,"
        + " text_value, raw_value, num_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (ValueRow row : prepared.values()) {
        Sql.bind(insert, List.of(tenant, resourceType, id, row.attr(), row.element(), row.sub(),
            row.ordinal(), row.present(), row.sortRow(),
            row.text() == null ? Sql.NULL_TEXT : row.text(),
            row.raw() == null ? Sql.NULL_TEXT : row.raw(),
            row.number() == null ? Sql.NULL_NUMBER : row.number()));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void deleteIndexes(Connection connection, String tenant, String id)
      throws SQLException {
    for (String table : new String[] {"scim_unique", "scim_value"}) {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
          + " WHERE tenant = ? AND resource_type = ? AND resource_id = ?")) {
        Sql.bind(delete, List.of(tenant, resourceType, id));
        delete.executeUpdate();
      }
    }
  }

  /** The failure of a conditional write that changed nothing: 404, or 412 if it exists. */
  private ScimException conflict(Connection connection, String tenant, String id,
      String expected) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT version FROM"
        + " scim_resource WHERE tenant = ? AND resource_type = ? AND id = ?")) {
      Sql.bind(select, List.of(tenant, resourceType, id));
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return notFound(id);
        }
        return ScimException.preconditionFailed(resourceType + " '" + id + "' is at version '"
            + row.getString(1) + "', not the expected '" + expected + "'");
      }
    }
  }

  private ScimException notFound(String id) {
    return ScimException.notFound(resourceType + " '" + id + "' not found");
  }

  private boolean isStorableKey(String tenant, String id) {
    return storable.fits(tenant, StorableText.MAX_TENANT_BYTES)
        && storable.fits(id, StorableText.MAX_ID_BYTES);
  }

  private ScimResource output(ObjectNode stored, List<MemberRef> refs, boolean membersWanted) {
    if (members == null || !membersWanted) {
      return ScimResource.wrap(resourceType, stored);
    }
    return ScimResource.wrap(resourceType, members.join(stored, refs));
  }

  private void checkType(ScimResource resource) {
    if (!resource.resourceType().equalsIgnoreCase(resourceType)) {
      throw new IllegalArgumentException(
          "a " + resource.resourceType() + " given to the " + resourceType + " store");
    }
  }

  /** Pushes down every filter and sort that SQL decides exactly; cursors always. */
  private final class Capabilities implements StoreCapabilities {
    @Override
    public boolean canFilter(Filter filter) {
      return filters.translate(filter, "").isPresent();
    }

    @Override
    public boolean canSort(SortSpec sort) {
      return QueryOrder.of(sort, catalog, dialect).isPresent();
    }

    @Override
    public boolean supportsCursorPaging() {
      return true;
    }
  }
}
