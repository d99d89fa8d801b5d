package io.scimitar.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes JSON trees (and {@link JsonContent}) to a generator, byte for byte as
 * {@link ObjectMapper#writeTree} does, with member names encoded once: a response repeats the
 * same few dozen attribute names over and over, and a pre-encoded name is copied rather than
 * escaped character by character. The cache is bounded, since trees may hold names no schema
 * defines. Thread-safe.
 */
final class TreeWriter {
  /** Far more names than the built-in schemas have; beyond it names are written uncached. */
  private static final int MAX_CACHED_NAMES = 4096;

  private final ObjectMapper mapper;
  private final Map<String, SerializableString> names = new ConcurrentHashMap<>();

  /** @param mapper writes what this class has no shortcut for (binary and POJO nodes) */
  TreeWriter(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Writes content as UTF-8 to {@code out} through a generator configured as the mapper's. The
   * stream is flushed, not closed.
   */
  void write(JsonContent content, OutputStream out) throws IOException {
    try (JsonGenerator generator = mapper.createGenerator(out)) {
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      content.writeTo(new JsonSink(generator, this));
    }
  }

  void write(JsonGenerator out, JsonNode node) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        out.writeStartObject(node);
        for (Map.Entry<String, JsonNode> member : node.properties()) {
          writeName(out, member.getKey());
          write(out, member.getValue());
        }
        out.writeEndObject();
      }
      case ARRAY -> {
        out.writeStartArray(node, node.size());
        for (JsonNode element : node) {
          write(out, element);
        }
        out.writeEndArray();
      }
      case STRING -> out.writeString(node.textValue());
      case BOOLEAN -> out.writeBoolean(node.booleanValue());
      case NULL -> out.writeNull();
      case NUMBER -> writeNumber(out, node);
      default -> mapper.writeTree(out, node);
    }
  }

  void writeName(JsonGenerator out, String name) throws IOException {
    SerializableString encoded = names.get(name);
    if (encoded == null && names.size() < MAX_CACHED_NAMES) {
      encoded = names.computeIfAbsent(name, TreeWriter::encoded);
    }
    if (encoded != null) {
      out.writeFieldName(encoded);
    } else {
      out.writeFieldName(name);
    }
  }

  /** A member name encoded once, to be written many times. */
  static SerializableString encoded(String name) {
    return new SerializedString(name);
  }

  private void writeNumber(JsonGenerator out, JsonNode number) throws IOException {
    switch (number.numberType()) {
      case INT -> out.writeNumber(number.intValue());
      case LONG -> out.writeNumber(number.longValue());
      case BIG_INTEGER -> out.writeNumber(number.bigIntegerValue());
      case FLOAT -> out.writeNumber(number.floatValue());
      case DOUBLE -> out.writeNumber(number.doubleValue());
      case BIG_DECIMAL -> out.writeNumber(number.decimalValue());
    }
  }
}
