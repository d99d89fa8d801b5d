package io.scimitar.store.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.path.ResolvedPath;
import io.scimitar.core.schema.CommonAttributes;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.sort.SortSpec;
import java.util.Optional;

/**
 * Cuts the part of a resource that a sort looks at out of its tree (to put it in a cursor), and
 * builds a minimal tree from such a part and an id that sorts exactly where the resource did, so
 * that a cursor marks a position in the order rather than an index that shifts under writes.
 */
final class SortKeys {
  private static final String PRIMARY = "primary";

  private final ResourceSchema schema;

  SortKeys(ResourceSchema schema) {
    this.schema = schema;
  }

  /** What {@code sort} compares in {@code tree}, or null when the resource has no such value. */
  JsonNode keyOf(ObjectNode tree, SortSpec sort) {
    Optional<ResolvedPath> resolved = ResolvedPath.resolve(sort.sortBy(), schema);
    if (resolved.isEmpty()) {
      return null;
    }
    ResolvedPath path = resolved.get();
    JsonNode holder = path.extensionUrn().map(tree::get).orElse(tree);
    JsonNode value = holder == null ? null : holder.get(path.attribute().name());
    if (value == null || value.isNull() || path.subAttribute() == null) {
      return value;
    }
    return reduce(value, path.subAttribute().name());
  }

  /**
   * Keeps only the sub-attribute sorted by and, of multi-valued attributes, each value's
   * {@code primary} flag and the order of values, which decide which value counts.
   */
  private static JsonNode reduce(JsonNode value, String sub) {
    if (value.isArray()) {
      ArrayNode reduced = JsonNodeFactory.instance.arrayNode(value.size());
      for (JsonNode element : value) {
        ObjectNode kept = reduced.addObject();
        copy(element, sub, kept);
        copy(element, PRIMARY, kept);
      }
      return reduced;
    }
    ObjectNode kept = JsonNodeFactory.instance.objectNode();
    copy(value, sub, kept);
    return kept;
  }

  private static void copy(JsonNode from, String field, ObjectNode to) {
    JsonNode value = from.get(field);
    if (value != null) {
      to.set(field, value);
    }
  }

  /** A tree holding only {@code id} and the sorted-by value, to compare resources against. */
  ObjectNode positionTree(String id, JsonNode key, SortSpec sort) {
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    if (sort != null && key != null) {
      ResolvedPath.resolve(sort.sortBy(), schema).ifPresent(path -> {
        String name = path.attribute().name();
        path.extensionUrn().ifPresentOrElse(
            urn -> tree.putObject(urn).set(name, key),
            () -> tree.set(name, key));
      });
    }
    tree.put(CommonAttributes.ID, id);
    return tree;
  }
}
