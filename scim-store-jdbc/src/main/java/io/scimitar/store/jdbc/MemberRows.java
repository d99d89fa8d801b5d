package io.scimitar.store.jdbc;

import io.scimitar.core.filter.CaseFolding;
import io.scimitar.core.patch.MemberRef;
import io.scimitar.core.patch.MembershipChange;
import io.scimitar.core.schema.AttributeDefinition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code scim_member} rows of one group-like resource type. Every change touches only the
 * members it names: adding one member to a group of 100,000 inserts one row, after looking up
 * only that member. Writes to one group are serialised by the version check on the group's row,
 * which every update takes first.
 */
final class MemberRows {
  private static final int CHUNK = 500;
  private static final String COLUMNS = "tenant, resource_type, group_id, member_id, member_key,"
      + " display, display_key, member_type, type_key, ref, ref_key";

  private final String resourceType;
  private final GroupMembers members;

  MemberRows(String resourceType, GroupMembers members) {
    this.resourceType = resourceType;
    this.members = members;
  }

  /** The case-folded key of a member id, the index of member lookups. */
  static String key(String memberId) {
    return CaseFolding.fold(memberId);
  }

  /** Inserts members of a group that has none of them yet. */
  void insert(Connection connection, String tenant, String groupId, List<MemberRef> refs)
      throws SQLException {
    if (refs.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO scim_member ("
        + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (MemberRef ref : refs) {
        Sql.bind(insert, List.of(tenant, resourceType, groupId, ref.value(), key(ref.value()),
            nullable(ref.display()), nullable(normalized(GroupMembers.DISPLAY, ref.display())),
            nullable(ref.type()), nullable(normalized(GroupMembers.TYPE, ref.type())),
            nullable(ref.ref()), nullable(normalized(GroupMembers.REF, ref.ref()))));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /**
   * Applies a member-level change.
   *
   * @param delta collects the members actually added and removed, or null when nobody asks
   *     (finding the removed members costs a read)
   */
  void apply(Connection connection, String tenant, String groupId, MembershipChange change,
      MemberDelta delta) throws SQLException {
    if (change instanceof MembershipChange.Add add) {
      List<MemberRef> unique = distinct(add.members());
      Set<String> existing = existing(connection, tenant, groupId, unique);
      unique.removeIf(ref -> existing.contains(ref.value()));
      insert(connection, tenant, groupId, unique);
      if (delta != null) {
        unique.forEach(ref -> delta.added(ref.value()));
      }
    } else if (change instanceof MembershipChange.Remove remove) {
      if (delta != null) {
        List<MemberRef> named = new ArrayList<>();
        remove.ids().forEach(id -> named.add(new MemberRef(id, null, null, null)));
        existing(connection, tenant, groupId, named).forEach(delta::removed);
      }
      remove(connection, tenant, groupId, remove.ids());
    } else {
      if (delta != null) {
        idsOf(connection, tenant, groupId).forEach(delta::removed);
      }
      clear(connection, tenant, groupId);
      if (change instanceof MembershipChange.ReplaceAll replaceAll) {
        List<MemberRef> unique = distinct(replaceAll.members());
        insert(connection, tenant, groupId, unique);
        if (delta != null) {
          unique.forEach(ref -> delta.added(ref.value()));
        }
      }
    }
  }

  /** The member ids of one group. */
  private List<String> idsOf(Connection connection, String tenant, String groupId)
      throws SQLException {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement("SELECT member_id FROM"
        + " scim_member WHERE tenant = ? AND resource_type = ? AND group_id = ?")) {
      Sql.bind(select, List.of(tenant, resourceType, groupId));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
    }
    return ids;
  }

  /** Removes every member of a group. */
  void clear(Connection connection, String tenant, String groupId) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM scim_member"
        + " WHERE tenant = ? AND resource_type = ? AND group_id = ?")) {
      Sql.bind(delete, List.of(tenant, resourceType, groupId));
      delete.executeUpdate();
    }
  }

  private void remove(Connection connection, String tenant, String groupId, Set<String> ids)
      throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM scim_member"
        + " WHERE tenant = ? AND resource_type = ? AND group_id = ? AND member_id = ?")) {
      for (String id : ids) {
        Sql.bind(delete, List.of(tenant, resourceType, groupId, id));
        delete.addBatch();
      }
      delete.executeBatch();
    }
  }

  private Set<String> existing(Connection connection, String tenant, String groupId,
      List<MemberRef> refs) throws SQLException {
    Set<String> found = new HashSet<>();
    for (int from = 0; from < refs.size(); from += CHUNK) {
      List<MemberRef> chunk = refs.subList(from, Math.min(refs.size(), from + CHUNK));
      Sql sql = new Sql().append("SELECT member_id FROM scim_member WHERE tenant = ").param(tenant)
          .append(" AND resource_type = ").param(resourceType)
          .append(" AND group_id = ").param(groupId).append(" AND member_id IN (");
      for (int i = 0; i < chunk.size(); i++) {
        sql.append(i == 0 ? "" : ", ").param(chunk.get(i).value());
      }
      sql.append(")");
      try (PreparedStatement select = sql.prepare(connection);
          ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          found.add(rows.getString(1));
        }
      }
    }
    return found;
  }

  /** The members of these groups, each group's in member id order. */
  Map<String, List<MemberRef>> of(Connection connection, String tenant,
      Collection<String> groupIds) throws SQLException {
    Map<String, List<MemberRef>> byGroup = new LinkedHashMap<>();
    List<String> ids = new ArrayList<>(groupIds);
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      Sql sql = new Sql().append("SELECT group_id, member_id, display, member_type, ref"
              + " FROM scim_member WHERE tenant = ").param(tenant)
          .append(" AND resource_type = ").param(resourceType).append(" AND group_id IN (");
      for (int i = 0; i < chunk.size(); i++) {
        sql.append(i == 0 ? "" : ", ").param(chunk.get(i));
      }
      sql.append(") ORDER BY group_id, member_id");
      try (PreparedStatement select = sql.prepare(connection);
          ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          byGroup.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(new MemberRef(
              rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5)));
        }
      }
    }
    return byGroup;
  }

  private String normalized(String sub, String value) {
    if (value == null) {
      return null;
    }
    AttributeDefinition definition = members.definition().subAttribute(sub).orElse(null);
    return definition == null ? value : Normalized.text(definition, value);
  }

  /** Each member id once, the first occurrence kept. */
  static List<MemberRef> distinct(List<MemberRef> refs) {
    Map<String, MemberRef> unique = new LinkedHashMap<>();
    refs.forEach(ref -> unique.putIfAbsent(ref.value(), ref));
    return new ArrayList<>(unique.values());
  }

  private static Object nullable(String value) {
    return value == null ? Sql.NULL_TEXT : value;
  }
}
