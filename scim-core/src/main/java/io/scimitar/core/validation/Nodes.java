package io.scimitar.core.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** Small JSON helpers shared by the validation classes. */
final class Nodes {
  static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;

  private Nodes() {}


  /**
   * Whether a tree derived copy-on-write holds the very node its source held: then nothing
   * changed there. Identity, not equality, is the point: an equal but new node was written.
   */
  @SuppressWarnings("ReferenceEquality")
  static boolean sameNode(JsonNode derived, JsonNode source) {
    return derived == source;
  }

  /** The object under {@code key}, or null when absent or not an object. */
  static ObjectNode object(JsonNode container, String key) {
    if (container == null) {
      return null;
    }
    JsonNode value = container.get(key);
    return value instanceof ObjectNode object ? object : null;
  }

  /**
   * Remembers the member names of one JSON object so that two names differing only in case
   * (which mean the same attribute) are refused instead of one silently winning.
   */
  static final class NameGuard {
    private final Map<String, String> seen = new HashMap<>();
    private final Supplier<String> where;

    /** @param where how to name the object in the error, e.g. "the resource" */
    NameGuard(String where) {
      this(() -> where);
    }

    /** @param where how to name the object in the error, built only for an error */
    NameGuard(Supplier<String> where) {
      this.where = where;
    }

    void add(String name) {
      String previous = seen.put(name.toLowerCase(Locale.ROOT), name);
      if (previous != null) {
        throw ScimException.invalidSyntax(
            where.get() + " names the same attribute twice: '" + previous + "' and '" + name
                + "' (attribute names are case-insensitive)");
      }
    }
  }
}
