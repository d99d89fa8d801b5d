package io.scimitar.core.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;

/**
 * Reads the values a {@link ResolvedPath} points at in a canonical resource tree (attribute names
 * spelled as the schema defines them, extension attributes nested under their schema URN, as
 * {@code ScimResource.view()} holds them). JSON nulls count as absent.
 */
public final class PathValues {
  private PathValues() {}

  /**
   * The node of the path's top-level attribute (an array for a multi-valued attribute), or null
   * when absent.
   */
  public static JsonNode attributeNode(ObjectNode tree, ResolvedPath path) {
    JsonNode container = path.extensionUrn().map(tree::get).orElse(tree);
    if (container == null || !container.isObject()) {
      return null;
    }
    return present(container.get(path.attribute().name()));
  }

  /** Calls {@code action} with each non-null element of an array, or with a non-null node. */
  public static void forEachElement(JsonNode node, Consumer<JsonNode> action) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (!element.isNull()) {
          action.accept(element);
        }
      }
    } else {
      action.accept(node);
    }
  }

  /**
   * Whether a value is present in the sense of the {@code pr} operator: not null, not an empty
   * string, not an empty array and not a complex value without any present member.
   */
  public static boolean isPresent(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return false;
    }
    if (node.isTextual()) {
      return !node.asText().isEmpty();
    }
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        if (isPresent(child)) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  private static JsonNode present(JsonNode node) {
    return node == null || node.isNull() ? null : node;
  }
}
