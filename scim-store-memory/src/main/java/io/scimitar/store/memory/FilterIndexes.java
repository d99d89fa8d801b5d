package io.scimitar.store.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.filter.CaseFolding;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.AttributeType;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The indexes that spare common list filters a scan of the whole table: for every single-valued
 * boolean attribute (a User's {@code active}) the ids holding each value, in id order so that a
 * page can be cut straight from them; and for the multi-valued attributes clients look resources
 * up by (a User's {@code emails}) the ids per {@code value}, folded unless {@code caseExact}. Not
 * thread-safe: the tenant's lock guards it, as it guards the table.
 */
final class FilterIndexes {
  /** Multi-valued core attributes indexed by their {@code value}: the ones IdPs search by. */
  private static final Set<String> LOOKUP_ATTRIBUTES = Set.of("emails");
  private static final String VALUE = "value";

  private final String coreUrn;
  private final List<BooleanIndex> booleans;
  private final List<ValueIndex> values;

  private FilterIndexes(String coreUrn, List<BooleanIndex> booleans, List<ValueIndex> values) {
    this.coreUrn = coreUrn;
    this.booleans = List.copyOf(booleans);
    this.values = List.copyOf(values);
  }

  /** Empty indexes for the attributes of a resource type. */
  static FilterIndexes of(ResourceSchema schema) {
    List<BooleanIndex> booleans = new ArrayList<>();
    List<ValueIndex> values = new ArrayList<>();
    collectBooleans(null, schema.coreSchema(), booleans);
    for (Schema extension : schema.extensions()) {
      collectBooleans(extension.id(), extension, booleans);
    }
    for (AttributeDefinition attribute : schema.coreSchema().attributes()) {
      Optional<AttributeDefinition> value = attribute.subAttribute(VALUE);
      if (LOOKUP_ATTRIBUTES.contains(attribute.name()) && attribute.multiValued()
          && value.isPresent() && value.get().type() == AttributeType.STRING) {
        values.add(new ValueIndex(attribute.name(), value.get().caseExact()));
      }
    }
    return new FilterIndexes(schema.coreSchema().id(), booleans, values);
  }

  private static void collectBooleans(String urn, Schema schema, List<BooleanIndex> into) {
    for (AttributeDefinition attribute : schema.attributes()) {
      if (attribute.type() == AttributeType.BOOLEAN && !attribute.multiValued()) {
        into.add(new BooleanIndex(urn, attribute.name()));
      }
    }
  }

  /**
   * The ids whose boolean attribute named by {@code path} holds {@code value}, in id order; a
   * live view, read under the lock. Exactly the resources {@code path eq value} matches, as the
   * filter too matches only JSON booleans. Empty when no index covers the path.
   */
  Optional<NavigableSet<String>> idsWhere(AttributePath path, boolean value) {
    for (BooleanIndex index : booleans) {
      if (index.isNamedBy(path, coreUrn)) {
        return Optional.of(Collections.unmodifiableNavigableSet(index.ids(value)));
      }
    }
    return Optional.empty();
  }

  /**
   * The ids with some value of the multi-valued attribute named by {@code attribute} (without
   * sub-attribute) whose {@code value} equals {@code text} as SCIM compares it; empty when no
   * index covers the attribute.
   */
  Optional<Set<String>> idsWithValue(AttributePath attribute, String text) {
    for (ValueIndex index : values) {
      if (index.isNamedBy(attribute, coreUrn)) {
        return Optional.of(index.idsByKey.get(index.keyOf(text)));
      }
    }
    return Optional.empty();
  }

  /** Adds a stored row's values. */
  void add(Row row) {
    booleans.forEach(index -> index.valueIn(row.tree())
        .ifPresent(value -> index.ids(value).add(row.id())));
    for (ValueIndex index : values) {
      for (String key : index.keysIn(row.tree())) {
        index.idsByKey.add(key, row.id());
      }
    }
  }

  /** Removes a stored row's values. */
  void remove(Row row) {
    booleans.forEach(index -> index.valueIn(row.tree())
        .ifPresent(value -> index.ids(value).remove(row.id())));
    for (ValueIndex index : values) {
      for (String key : index.keysIn(row.tree())) {
        index.idsByKey.remove(key, row.id());
      }
    }
  }

  /** One single-valued boolean attribute: the ids holding true and those holding false. */
  private static final class BooleanIndex {
    private final String extensionUrn;
    private final String name;
    private final NavigableSet<String> trueIds = new TreeSet<>();
    private final NavigableSet<String> falseIds = new TreeSet<>();

    private BooleanIndex(String extensionUrn, String name) {
      this.extensionUrn = extensionUrn;
      this.name = name;
    }

    private NavigableSet<String> ids(boolean value) {
      return value ? trueIds : falseIds;
    }

    private boolean isNamedBy(AttributePath path, String coreUrn) {
      if (path.hasSubAttribute() || !path.name().equalsIgnoreCase(name)) {
        return false;
      }
      return extensionUrn == null
          ? path.schema() == null || path.schema().equalsIgnoreCase(coreUrn)
          : extensionUrn.equalsIgnoreCase(path.schema());
    }

    /** The attribute's value in a canonical tree, if it holds a JSON boolean. */
    private Optional<Boolean> valueIn(ObjectNode tree) {
      JsonNode holder = extensionUrn == null ? tree : tree.get(extensionUrn);
      JsonNode value = holder == null ? null : holder.get(name);
      return value != null && value.isBoolean()
          ? Optional.of(value.booleanValue()) : Optional.empty();
    }
  }

  /** One multi-valued core attribute: the ids per key of its values' {@code value}. */
  private static final class ValueIndex {
    private final String name;
    private final boolean caseExact;
    private final IdsByKey idsByKey = new IdsByKey();

    private ValueIndex(String name, boolean caseExact) {
      this.name = name;
      this.caseExact = caseExact;
    }

    private boolean isNamedBy(AttributePath attribute, String coreUrn) {
      return !attribute.hasSubAttribute() && attribute.name().equalsIgnoreCase(name)
          && (attribute.schema() == null || attribute.schema().equalsIgnoreCase(coreUrn));
    }

    private String keyOf(String text) {
      return caseExact ? text : CaseFolding.fold(text);
    }

    /** The keys of the textual {@code value}s in a canonical tree, without repeats. */
    private Set<String> keysIn(ObjectNode tree) {
      JsonNode array = tree.get(name);
      if (array == null || !array.isArray()) {
        return Set.of();
      }
      Set<String> keys = new HashSet<>(2);
      for (JsonNode element : array) {
        JsonNode value = element.get(VALUE);
        if (value != null && value.isTextual()) {
          keys.add(keyOf(value.textValue()));
        }
      }
      return keys;
    }
  }
}
