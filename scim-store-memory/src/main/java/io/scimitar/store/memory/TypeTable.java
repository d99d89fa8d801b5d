package io.scimitar.store.memory;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.schema.AttributeType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The resources of one type in one tenant with their indexes: by id (hash map for reads, sorted
 * set for the default order), by {@code externalId}, one per unique attribute, and the
 * {@link FilterIndexes} for boolean and looked-up multi-valued attributes. Not thread-safe: the
 * tenant's lock guards it, so every index changes atomically with the rows.
 */
final class TypeTable {
  private final String resourceType;
  private final Map<String, Row> rowsById = new HashMap<>();
  private final NavigableSet<String> orderedIds = new TreeSet<>();
  private final Map<String, Set<String>> idsByExternalId = new HashMap<>();
  private final List<UniqueIndex> uniqueIndexes;
  private final FilterIndexes filterIndexes;
  private final MemberTable members;

  /**
   * An empty table.
   *
   * @param resourceType the resource type name, for error details
   * @param uniqueAttributes the attributes whose values must be unique
   * @param filterIndexes empty indexes for the type's boolean and looked-up attributes
   * @param groupLike whether the type has members, kept in a {@link MemberTable}
   */
  TypeTable(
      String resourceType,
      List<UniqueAttribute> uniqueAttributes,
      FilterIndexes filterIndexes,
      boolean groupLike) {
    this.resourceType = resourceType;
    this.filterIndexes = filterIndexes;
    List<UniqueIndex> indexes = new ArrayList<>(uniqueAttributes.size());
    uniqueAttributes.forEach(attribute -> indexes.add(new UniqueIndex(attribute)));
    this.uniqueIndexes = List.copyOf(indexes);
    this.members = groupLike ? new MemberTable() : null;
  }

  /** The row with this id, or null. */
  Row get(String id) {
    return rowsById.get(id);
  }

  /** Every id in ascending order; a live view, read under the lock. */
  NavigableSet<String> orderedIds() {
    return Collections.unmodifiableNavigableSet(orderedIds);
  }

  /** The indexes of boolean and looked-up multi-valued attributes. */
  FilterIndexes filterIndexes() {
    return filterIndexes;
  }

  /** The member rows, if the type is group-like. */
  Optional<MemberTable> members() {
    return Optional.ofNullable(members);
  }

  /**
   * Stores a new row.
   *
   * @throws ScimException 409 {@code uniqueness} when the id or a unique value is taken
   */
  void insert(Row row) {
    if (rowsById.containsKey(row.id())) {
      throw ScimException.uniqueness(
          "a " + resourceType + " with id '" + row.id() + "' already exists");
    }
    checkUnique(row);
    index(row);
  }

  /**
   * Replaces a stored row with a new state of the same resource.
   *
   * @throws ScimException 409 {@code uniqueness} when a unique value is taken by another resource
   */
  void replace(Row previous, Row next) {
    checkUnique(next);
    unindex(previous);
    index(next);
  }

  /** Removes a row and its index entries. */
  void remove(Row row) {
    unindex(row);
    if (members != null) {
      members.clear(row.id());
    }
  }

  /** The ids with this externalId (compared exactly, as externalId is caseExact). */
  Set<String> idsWithExternalId(String externalId) {
    return idsByExternalId.getOrDefault(externalId, Set.of());
  }

  /**
   * The ids whose unique attribute named by {@code path} equals {@code text} as SCIM compares
   * it, or empty when no unique index covers that path.
   */
  Optional<Set<String>> idsWithUniqueValue(AttributePath path, String coreUrn, String text) {
    for (UniqueIndex index : uniqueIndexes) {
      if (index.attribute.isNamedBy(path, coreUrn)
          && index.attribute.definition().type() == AttributeType.STRING) {
        String id = index.idsByKey.get(index.attribute.keyOf(text));
        return Optional.of(id == null ? Set.of() : Set.of(id));
      }
    }
    return Optional.empty();
  }

  private void checkUnique(Row row) {
    for (UniqueIndex index : uniqueIndexes) {
      Optional<String> key = index.attribute.keyOf(row.tree());
      if (key.isEmpty()) {
        continue;
      }
      String holder = index.idsByKey.get(key.get());
      if (holder != null && !holder.equals(row.id())) {
        throw ScimException.uniqueness(
            "a " + resourceType + " with " + index.attribute.label() + " '"
                + rawValue(index.attribute, row) + "' already exists");
      }
    }
  }

  private static String rawValue(UniqueAttribute attribute, Row row) {
    var holder = attribute.extensionUrn() == null
        ? row.tree() : row.tree().path(attribute.extensionUrn());
    return holder.path(attribute.definition().name()).asText();
  }

  private void index(Row row) {
    rowsById.put(row.id(), row);
    orderedIds.add(row.id());
    row.resource().externalId().ifPresent(externalId ->
        idsByExternalId.computeIfAbsent(externalId, key -> new LinkedHashSet<>()).add(row.id()));
    for (UniqueIndex index : uniqueIndexes) {
      index.attribute.keyOf(row.tree()).ifPresent(key -> index.idsByKey.put(key, row.id()));
    }
    filterIndexes.add(row);
  }

  private void unindex(Row row) {
    rowsById.remove(row.id());
    orderedIds.remove(row.id());
    row.resource().externalId().ifPresent(externalId -> {
      Set<String> ids = idsByExternalId.get(externalId);
      ids.remove(row.id());
      if (ids.isEmpty()) {
        idsByExternalId.remove(externalId);
      }
    });
    for (UniqueIndex index : uniqueIndexes) {
      index.attribute.keyOf(row.tree()).ifPresent(key -> index.idsByKey.remove(key, row.id()));
    }
    filterIndexes.remove(row);
  }

  /** The index of one unique attribute: value key to the id holding it. */
  private static final class UniqueIndex {
    private final UniqueAttribute attribute;
    private final Map<String, String> idsByKey = new HashMap<>();

    private UniqueIndex(UniqueAttribute attribute) {
      this.attribute = attribute;
    }
  }
}
