package io.scimitar.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Base64;

/**
 * Encodes a position in a query's order as an opaque RFC 9865 cursor: URL-safe base64 of a small
 * JSON object naming the order and the last resource's sort values and id. A cursor names a
 * place in the order, not an offset, so pages stay consistent while resources are created or
 * deleted, and any store instance over the same database can continue it.
 */
final class Cursors {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final int MAX_LENGTH = 16_384;

  private Cursors() {}

  /** The cursor just after {@code position} in the order named {@code orderKey}. */
  static String encode(String orderKey, QueryOrder.Position position) {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("o", orderKey);
    payload.put("m", position.missing());
    payload.put("t", position.text());
    payload.put("w", position.raw());
    payload.put("n", position.number().toString());
    payload.put("i", position.id());
    try {
      return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(payload));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Decodes a cursor made by {@link #encode} for the same order.
   *
   * @throws ScimException 400 {@code invalidCursor} when the cursor is malformed, holds text the
   *     database cannot compare, or was made for another sort
   */
  static QueryOrder.Position decode(String cursor, String orderKey, Dialect dialect) {
    if (cursor.length() > MAX_LENGTH) {
      throw invalid("cursor is longer than " + MAX_LENGTH + " characters");
    }
    JsonNode payload;
    try {
      payload = JSON.readTree(Base64.getUrlDecoder().decode(cursor));
    } catch (IllegalArgumentException | IOException e) {
      throw invalid("cursor is not one this server issued");
    }
    if (payload == null || !payload.isObject() || !payload.path("o").isTextual()
        || !payload.path("m").isBoolean() || !payload.path("t").isTextual()
        || !payload.path("w").isTextual() || !payload.path("n").isTextual()
        || !payload.path("i").isTextual()) {
      throw invalid("cursor is not one this server issued");
    }
    if (!payload.get("o").asText().equals(orderKey)) {
      throw invalid("cursor was issued for another sortBy or sortOrder");
    }
    BigDecimal number;
    try {
      number = new BigDecimal(payload.get("n").asText());
    } catch (NumberFormatException e) {
      throw invalid("cursor is not one this server issued");
    }
    String text = payload.get("t").asText();
    String raw = payload.get("w").asText();
    String id = payload.get("i").asText();
    StorableText storable = new StorableText(dialect);
    if (!storable.isStorable(text) || !storable.isStorable(raw)
        || !storable.fits(id, StorableText.MAX_ID_BYTES) || !dialect.fitsNumber(number)) {
      throw invalid("cursor is not one this server issued");
    }
    return new QueryOrder.Position(payload.get("m").asBoolean(), text, raw, number, id);
  }

  private static ScimException invalid(String detail) {
    return ScimException.badRequest(ScimType.INVALID_CURSOR, detail);
  }
}
