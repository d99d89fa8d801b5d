package io.scimitar.core.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code bulkId:} references (RFC 7644 §3.7.2): a string value, anywhere in an operation's data
 * (for example a group member's {@code value}), or a segment of its path, that is exactly
 * {@code bulkId:<id>} stands for the id of the resource created by the POST with that bulkId.
 */
final class BulkReferences {
  static final String PREFIX = "bulkId:";

  private BulkReferences() {}

  /** The bulkIds an operation refers to, in order of first appearance. */
  static Set<String> of(BulkOperation operation) {
    Set<String> found = new LinkedHashSet<>();
    if (operation.path() != null) {
      for (String segment : operation.path().split("/", -1)) {
        reference(segment).ifPresent(found::add);
      }
    }
    if (operation.data() != null) {
      collect(operation.data(), found);
    }
    return found;
  }

  /** Whether a path has {@code reference} as one of its segments. */
  static boolean inPath(String path, String reference) {
    for (String segment : path.split("/", -1)) {
      if (segment.equals(PREFIX + reference)) {
        return true;
      }
    }
    return false;
  }

  /** The path with every reference replaced by its id; every reference must be in {@code ids}. */
  static String resolvePath(String path, Map<String, String> ids) {
    String[] segments = path.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      segments[i] = reference(segment).map(ids::get).orElse(segment);
    }
    return String.join("/", segments);
  }

  /** A copy of the data with every reference replaced by its id. */
  static ObjectNode resolveData(ObjectNode data, Map<String, String> ids) {
    ObjectNode copy = data.deepCopy();
    replace(copy, ids);
    return copy;
  }

  private static Optional<String> reference(String text) {
    return text.startsWith(PREFIX) && text.length() > PREFIX.length()
        ? Optional.of(text.substring(PREFIX.length()))
        : Optional.empty();
  }

  private static void collect(JsonNode node, Set<String> found) {
    if (node.isTextual()) {
      reference(node.asText()).ifPresent(found::add);
    }
    for (JsonNode child : node) {
      collect(child, found);
    }
  }

  private static void replace(JsonNode node, Map<String, String> ids) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        JsonNode resolved = resolved(field.getValue(), ids);
        if (resolved != null) {
          field.setValue(resolved);
        } else {
          replace(field.getValue(), ids);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode resolved = resolved(array.get(i), ids);
        if (resolved != null) {
          array.set(i, resolved);
        } else {
          replace(array.get(i), ids);
        }
      }
    }
  }

  /** The replacement of a reference value, or null when {@code node} is no reference. */
  private static JsonNode resolved(JsonNode node, Map<String, String> ids) {
    if (!node.isTextual()) {
      return null;
    }
    return reference(node.asText()).map(ids::get).map(TextNode::valueOf).orElse(null);
  }
}
