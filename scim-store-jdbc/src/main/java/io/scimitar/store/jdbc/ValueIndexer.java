package io.scimitar.store.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.path.PathValues;
import io.scimitar.core.path.ResolvedPath;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.sort.ResourceSorter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a resource's canonical tree into its rows of the value index: every value the core's
 * {@link PathValues} would find for an attribute or sub-attribute path, one row each, plus one
 * row per element of a complex attribute (so value filters can ask about one element), and the
 * value {@link ResourceSorter} sorts by marked as the sort row of its path.
 */
final class ValueIndexer {
  private final AttributeCatalog catalog;
  private final Dialect dialect;

  ValueIndexer(AttributeCatalog catalog, Dialect dialect) {
    this.catalog = catalog;
    this.dialect = dialect;
  }

  /**
   * The rows of a tree (without a group's members).
   *
   * @throws ScimException 400 {@code invalidValue} when a number is beyond what the database holds
   */
  List<ValueRow> rows(ObjectNode tree) {
    List<ValueRow> rows = new ArrayList<>();
    for (ResolvedPath attribute : catalog.indexedAttributes()) {
      JsonNode node = PathValues.attributeNode(tree, attribute);
      if (node != null) {
        index(tree, attribute, node, rows);
      }
    }
    return rows;
  }

  private void index(ObjectNode tree, ResolvedPath attribute, JsonNode node, List<ValueRow> rows) {
    String attr = AttributeCatalog.key(attribute);
    AttributeDefinition definition = attribute.attribute();
    if (!definition.isComplex()) {
      JsonNode sortValue = ResourceSorter.sortValueAt(tree, attribute);
      int[] element = {0};
      boolean[] sorted = {false};
      PathValues.forEachElement(node, value -> {
        boolean sortRow = isSameNode(value, sortValue) && !sorted[0];
        sorted[0] |= sortRow;
        rows.add(row(attr, element[0]++, "", 0, definition, value, sortRow));
      });
      return;
    }
    Map<String, JsonNode> sortValues = new HashMap<>();
    for (AttributeDefinition sub : definition.subAttributes()) {
      if (!sub.isComplex()) {
        ResolvedPath subPath = new ResolvedPath(
            attribute.path().withSubAttribute(sub.name()), definition, sub);
        sortValues.put(sub.name(), ResourceSorter.sortValueAt(tree, subPath));
      }
    }
    Set<String> sortRowWritten = new HashSet<>();
    int[] element = {0};
    PathValues.forEachElement(node, value -> {
      int index = element[0]++;
      rows.add(new ValueRow(attr, index, "", 0, PathValues.isPresent(value), false, null, null,
          null));
      if (!value.isObject()) {
        return;
      }
      for (AttributeDefinition sub : definition.subAttributes()) {
        if (StorableText.utf8Length(sub.name()) > StorableText.MAX_NAME_BYTES) {
          continue;
        }
        JsonNode sortValue = sortValues.get(sub.name());
        int[] ordinal = {0};
        PathValues.forEachElement(value.get(sub.name()), subValue -> {
          boolean sortRow = isSameNode(subValue, sortValue) && sortRowWritten.add(sub.name());
          rows.add(row(attr, index, sub.name(), ordinal[0]++, sub, subValue, sortRow));
        });
      }
    });
  }

  /**
   * Whether two references are the very same node: the sort value is found by identity, since
   * another element may hold an equal value that is not the one sorted by.
   */
  @SuppressWarnings("ReferenceEquality")
  private static boolean isSameNode(JsonNode node, JsonNode other) {
    return node == other;
  }

  private ValueRow row(String attr, int element, String sub, int ordinal,
      AttributeDefinition leaf, JsonNode value, boolean sortRow) {
    boolean present = PathValues.isPresent(value);
    if (Normalized.isText(leaf)) {
      if (!value.isTextual()) {
        return new ValueRow(attr, element, sub, ordinal, present, false, null, null, null);
      }
      String text = value.asText();
      String raw = sortRow && Normalized.foldsCase(leaf) ? text : null;
      return new ValueRow(attr, element, sub, ordinal, present, sortRow,
          Normalized.text(leaf, text), raw, null);
    }
    Optional<BigDecimal> number = Normalized.number(leaf, value);
    if (number.isPresent() && !dialect.fitsNumber(number.get())) {
      throw ScimException.invalidValue("the number " + abbreviate(number.get().toString())
          + " of attribute '" + (sub.isEmpty() ? attr : attr + "." + sub)
          + "' is beyond what this database can store");
    }
    return new ValueRow(attr, element, sub, ordinal, present, sortRow && number.isPresent(),
        null, null, number.orElse(null));
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
