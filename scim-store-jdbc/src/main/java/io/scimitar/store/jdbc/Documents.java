package io.scimitar.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * The JSON text of stored documents. Numbers with a fraction are read as big decimals, as the
 * SCIM core reads request bodies, so a resource reads back equal to what was stored.
 */
final class Documents {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private Documents() {}

  /** The text of a tree. */
  static String write(ObjectNode tree) {
    try {
      return JSON.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tree of a stored document. */
  static ObjectNode read(String document) {
    try {
      JsonNode node = JSON.readTree(document);
      if (!(node instanceof ObjectNode object)) {
        throw new IllegalStateException("a stored document is not a JSON object");
      }
      return object;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored document is not valid JSON", e);
    }
  }
}
