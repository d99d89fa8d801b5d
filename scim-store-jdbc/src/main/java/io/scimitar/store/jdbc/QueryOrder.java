package io.scimitar.store.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.path.ResolvedPath;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.sort.ResourceSorter;
import io.scimitar.core.sort.SortOrder;
import io.scimitar.core.sort.SortSpec;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The order of a query in SQL, as the core's {@link ResourceSorter} defines it: by the sort row
 * of the sorted path ({@code LEFT JOIN scim_value s}), resources without one last, then by the
 * raw text (the case-sensitive tie-breaker of case-insensitive text), then by id; descending is
 * the exact reverse. Without a sort, or sorting by {@code id}, the order is the primary key's.
 *
 * <p>The same tuple orders rows and compares them with a cursor position (keyset paging), so a
 * page never depends on how many rows came before it.
 */
final class QueryOrder {
  private static final String MISSING = "CASE WHEN s.resource_id IS NULL THEN 1 ELSE 0 END";

  private final Dialect dialect;
  private final Column.Value sorted;
  private final boolean text;
  private final boolean descending;
  private final String key;

  private QueryOrder(Dialect dialect, Column.Value sorted, boolean descending, String key) {
    this.dialect = dialect;
    this.sorted = sorted;
    this.text = sorted != null && Normalized.isText(sorted.leaf());
    this.descending = descending;
    this.key = key;
  }

  /** The order of a query: by id when {@code sort} is null; empty when SQL cannot sort so. */
  static Optional<QueryOrder> of(SortSpec sort, AttributeCatalog catalog, Dialect dialect) {
    if (sort == null) {
      return Optional.of(new QueryOrder(dialect, null, false, ""));
    }
    boolean descending = sort.order() == SortOrder.DESCENDING;
    String key = (descending ? "-" : "+") + sort.sortBy().key();
    if (sort.sortBy().schema() == null && sort.sortBy().name().equalsIgnoreCase("schemas")) {
      return Optional.empty();
    }
    Optional<Column> column = catalog.resolve(sort.sortBy());
    if (column.isEmpty() || column.get() instanceof Column.Member) {
      return Optional.empty();
    }
    if (column.get() instanceof Column.Id) {
      return Optional.of(new QueryOrder(dialect, null, descending, key));
    }
    Column.Value value = (Column.Value) column.get();
    if (value.leaf().isComplex()) {
      if (!value.path().attribute().multiValued()) {
        return Optional.empty();
      }
      Optional<Column> inner = catalog.resolveRelative(value,
          AttributePath.of(GroupMembers.VALUE));
      if (inner.isEmpty()) {
        return Optional.empty();
      }
      value = (Column.Value) inner.get();
    }
    return Optional.of(new QueryOrder(dialect, value, descending, key));
  }

  /** What a cursor is bound to: the sorted path and direction. */
  String key() {
    return key;
  }

  /** The join of the sort rows, if the order needs them. */
  void join(Sql sql) {
    if (sorted != null) {
      sql.append(" LEFT JOIN scim_value s ON s.tenant = r.tenant"
              + " AND s.resource_type = r.resource_type AND s.resource_id = r.id AND s.attr = ")
          .param(sorted.attr()).append(" AND s.sub = ").param(sorted.sub())
          .append(" AND s.sort_row = ").param(true);
    }
  }

  /** The ORDER BY clause. */
  void orderBy(Sql sql) {
    String direction = descending ? " DESC" : " ASC";
    sql.append(" ORDER BY ");
    if (sorted != null) {
      sql.append(MISSING).append(direction).append(", ");
      if (text) {
        sql.append(dialect.sortedText("COALESCE(s.text_value, '')")).append(direction)
            .append(", ").append(dialect.sortedText("COALESCE(s.raw_value, '')"))
            .append(direction).append(", ");
      } else {
        sql.append("COALESCE(s.num_value, 0)").append(direction).append(", ");
      }
    }
    sql.append("r.id").append(direction);
  }

  /** A condition selecting the rows after {@code position} in this order. */
  void after(Sql sql, Position position) {
    String comparison = descending ? " < " : " > ";
    if (sorted == null) {
      sql.append("r.id").append(comparison).param(position.id());
      return;
    }
    sql.append("(").append(MISSING).append(", ");
    if (text) {
      sql.append(dialect.sortedText("COALESCE(s.text_value, '')")).append(", ")
          .append(dialect.sortedText("COALESCE(s.raw_value, '')")).append(", ");
    } else {
      sql.append("COALESCE(s.num_value, 0), ");
    }
    sql.append("r.id)").append(comparison).append("(").param(position.missing() ? 1 : 0)
        .append(", ");
    if (text) {
      sortedParam(sql, position.text());
      sql.append(", ");
      sortedParam(sql, position.raw());
    } else {
      sql.param(position.number());
    }
    sql.append(", ").param(position.id()).append(")");
  }

  private void sortedParam(Sql sql, String value) {
    sql.append(dialect.sortedTextOpen()).param(value).append(dialect.sortedTextClose());
  }

  /** The position of a resource in this order, from its stored document. */
  Position positionOf(String id, ObjectNode tree) {
    if (sorted == null) {
      return new Position(false, "", "", BigDecimal.ZERO, id);
    }
    ResolvedPath path = sorted.path();
    JsonNode value = ResourceSorter.sortValueAt(tree, path);
    if (value == null) {
      return new Position(true, "", "", BigDecimal.ZERO, id);
    }
    AttributeDefinition leaf = sorted.leaf();
    if (text) {
      String given = value.asText();
      String raw = Normalized.foldsCase(leaf) ? given : "";
      return new Position(false, prefix(Normalized.text(leaf, given)), prefix(raw),
          BigDecimal.ZERO, id);
    }
    return new Position(false, "", "", Normalized.number(leaf, value).orElse(BigDecimal.ZERO), id);
  }

  /** The first {@link Dialect#SORTED_PREFIX} code points: never less than the database uses. */
  private static String prefix(String text) {
    if (text.codePointCount(0, text.length()) <= Dialect.SORTED_PREFIX) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, Dialect.SORTED_PREFIX));
  }

  /**
   * A place in the order: just after the resource with these sort values.
   *
   * @param missing whether the resource has no value to sort by
   * @param text its normalised sort text (or empty)
   * @param raw its raw sort text for case-insensitive ties (or empty)
   * @param number its sort number (or zero)
   * @param id its id
   */
  record Position(boolean missing, String text, String raw, BigDecimal number, String id) {}
}
