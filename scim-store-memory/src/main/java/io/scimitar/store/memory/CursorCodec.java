package io.scimitar.store.memory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.sort.SortOrder;
import io.scimitar.core.sort.SortSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

/**
 * Encodes a position in a query's order as an opaque RFC 9865 cursor: URL-safe base64 of a small
 * JSON object with the order it belongs to, the last resource's sort value and its id. A cursor
 * names a place in the order, not an index, so pages stay consistent while resources are
 * created or deleted between requests.
 */
final class CursorCodec {
  // Big decimals keep numeric sort values exactly as the resource had them.
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final String ORDER = "o";
  private static final String KEY = "k";
  private static final String ID = "i";
  private static final int MAX_LENGTH = 8192;

  private CursorCodec() {}

  /**
   * A position decoded from a cursor.
   *
   * @param id the id of the last resource of the previous page
   * @param key its sort value, or null
   */
  record Position(String id, JsonNode key) {}

  /** The cursor just after the resource with this id and sort value, in this order. */
  static String encode(SortSpec sort, String id, JsonNode key) {
    ObjectNode payload = JSON.createObjectNode();
    payload.put(ORDER, orderOf(sort));
    if (key != null) {
      payload.set(KEY, key);
    }
    payload.put(ID, id);
    try {
      return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(payload));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Decodes a cursor made by {@link #encode} for the same order.
   *
   * @throws ScimException 400 {@code invalidCursor} when the cursor is malformed or was made for
   *     another sort
   */
  static Position decode(String cursor, SortSpec sort) {
    if (cursor.length() > MAX_LENGTH) {
      throw invalid("cursor is longer than " + MAX_LENGTH + " characters");
    }
    JsonNode payload;
    try {
      payload = JSON.readTree(Base64.getUrlDecoder().decode(cursor));
    } catch (IllegalArgumentException | IOException e) {
      throw invalid("cursor is not one this server issued");
    }
    if (payload == null || !payload.isObject()
        || !payload.path(ORDER).isTextual() || !payload.path(ID).isTextual()) {
      throw invalid("cursor is not one this server issued");
    }
    if (!payload.get(ORDER).asText().equals(orderOf(sort))) {
      throw invalid("cursor was issued for another sortBy or sortOrder");
    }
    JsonNode key = payload.get(KEY);
    return new Position(payload.get(ID).asText(), key == null || key.isNull() ? null : key);
  }

  private static String orderOf(SortSpec sort) {
    if (sort == null) {
      return "";
    }
    return (sort.order() == SortOrder.DESCENDING ? "-" : "+") + sort.sortBy().key();
  }

  private static ScimException invalid(String detail) {
    return ScimException.badRequest(ScimType.INVALID_CURSOR, detail);
  }
}
