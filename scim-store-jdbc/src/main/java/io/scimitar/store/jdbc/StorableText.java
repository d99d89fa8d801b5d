package io.scimitar.store.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.core.error.ScimException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Which strings a dialect's columns hold exactly. PostgreSQL rejects U+0000 in text, and no
 * database here can hold an unpaired UTF-16 surrogate: each stores text (H2 its large objects)
 * as UTF-8, where a driver would silently replace it. Writes carrying such text are refused with 400 {@code invalidValue}, never sent
 * to the database to fail there; filters and cursors carrying it are not pushed down.
 */
final class StorableText {
  /** Longest tenant id, in UTF-8 bytes. */
  static final int MAX_TENANT_BYTES = 128;

  /** Longest resource id, in UTF-8 bytes. */
  static final int MAX_ID_BYTES = 255;

  /** Longest version, in UTF-8 bytes. */
  static final int MAX_VERSION_BYTES = 64;

  /** Longest attribute key or sub-attribute name, in UTF-8 bytes. */
  static final int MAX_NAME_BYTES = 255;

  private final Dialect dialect;

  StorableText(Dialect dialect) {
    this.dialect = dialect;
  }

  /** Whether the dialect stores this text exactly. */
  boolean isStorable(String text) {
    return problem(text) == null;
  }

  /** Whether an identifier fits its column: storable and at most {@code maxBytes} long. */
  boolean fits(String text, int maxBytes) {
    return isStorable(text) && utf8Length(text) <= maxBytes;
  }

  /**
   * Checks every name and text value in a tree.
   *
   * @throws ScimException 400 {@code invalidValue} naming the attribute that holds the text
   */
  void check(JsonNode tree) {
    checkNode(tree, "");
  }

  /**
   * Checks an identifier given with a write.
   *
   * @throws ScimException 400 {@code invalidValue} when it is not storable or too long
   */
  void checkIdentifier(String what, String text, int maxBytes) {
    checkText(what, text);
    if (utf8Length(text) > maxBytes) {
      throw ScimException.invalidValue(what + " is longer than " + maxBytes + " bytes");
    }
  }

  /**
   * Checks one text given with a write.
   *
   * @throws ScimException 400 {@code invalidValue} when the database cannot store it
   */
  void checkText(String what, String text) {
    String problem = problem(text);
    if (problem != null) {
      throw ScimException.invalidValue(what + " contains " + problem
          + ", which this database cannot store");
    }
  }

  private void checkNode(JsonNode node, String path) {
    if (node.isTextual()) {
      String problem = problem(node.asText());
      if (problem != null) {
        throw ScimException.invalidValue("attribute '" + path + "' contains " + problem
            + ", which this database cannot store");
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        checkNode(element, path);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String name = field.getKey();
        String problem = problem(name);
        if (problem != null) {
          throw ScimException.invalidValue("an attribute name contains " + problem
              + ", which this database cannot store");
        }
        checkNode(field.getValue(), path.isEmpty() ? name : path + "." + name);
      }
    }
  }

  /** What makes the text unstorable, or null. */
  private String problem(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\0' && !dialect.storesNul()) {
        return "a NUL character (U+0000)";
      }
      if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1));
        if (!paired) {
          return "an unpaired surrogate (U+"
              + Integer.toHexString(c).toUpperCase(Locale.ROOT) + ")";
        }
        i++;
      }
    }
    return null;
  }

  static int utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
