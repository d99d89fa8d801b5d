package io.scimitar.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.scimitar.core.error.ScimException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads and writes SCIM JSON ({@code application/scim+json}) with Jackson, within
 * {@link JsonLimits}. Every malformed or oversize input becomes a {@link ScimException}: 400
 * {@code invalidSyntax} for bad JSON (with line and column), duplicate keys and excess depth or
 * size; 413 for a body over the byte limit.
 */
public final class ScimJson {
  private final JsonLimits limits;
  private final ObjectMapper mapper;
  private final TreeWriter treeWriter;

  /** A reader and writer bounded by {@code limits}. */
  public ScimJson(JsonLimits limits) {
    this.limits = limits;
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxDepth())
                    .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxPayloadBytes()))
                    .maxNumberLength(1000)
                    .build())
            .build();
    this.mapper =
        JsonMapper.builder(factory)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .addModule(new JavaTimeModule())
            .build();
    this.treeWriter = new TreeWriter(mapper);
  }

  /** A reader and writer with {@link JsonLimits#DEFAULTS}. */
  public static ScimJson withDefaults() {
    return new ScimJson(JsonLimits.DEFAULTS);
  }

  public JsonLimits limits() {
    return limits;
  }

  /** The configured mapper, for bindings that serialize through Jackson. */
  public ObjectMapper mapper() {
    return mapper;
  }

  /** Parses a body that must be a JSON object. */
  public ObjectNode readObject(byte[] body) {
    if (body.length > limits.maxPayloadBytes()) {
      throw tooLarge();
    }
    JsonNode node = parse(body);
    if (!node.isObject()) {
      throw ScimException.invalidSyntax(
          "request body must be a JSON object, found " + describe(node));
    }
    return (ObjectNode) node;
  }

  /** Reads a stream up to the byte limit, then parses it as a JSON object. */
  public ObjectNode readObject(InputStream body) {
    return readObject(readBounded(body));
  }

  /** Parses a JSON object given as text (for tests and tools). */
  public ObjectNode readObject(String body) {
    return readObject(body.getBytes(StandardCharsets.UTF_8));
  }

  private byte[] readBounded(InputStream in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    try {
      for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
        total += read;
        if (total > limits.maxPayloadBytes()) {
          throw tooLarge();
        }
        out.write(buffer, 0, read);
      }
    } catch (IOException e) {
      throw ScimException.invalidSyntax("request body could not be read");
    }
    return out.toByteArray();
  }

  private ScimException tooLarge() {
    return ScimException.payloadTooLarge(
        "request body exceeds the limit of " + limits.maxPayloadBytes() + " bytes");
  }

  private JsonNode parse(byte[] body) {
    if (body.length == 0) {
      throw ScimException.invalidSyntax("request body is empty");
    }
    try (JsonParser parser = mapper.createParser(body)) {
      JsonNode node = mapper.readTree(parser);
      if (node == null || node.isMissingNode()) {
        throw ScimException.invalidSyntax("request body is empty");
      }
      checkValueCount(node);
      return node;
    } catch (StreamConstraintsException e) {
      throw ScimException.invalidSyntax("request body is too deeply nested or too long: "
          + firstLine(e.getOriginalMessage()));
    } catch (JsonParseException e) {
      throw ScimException.invalidSyntax(
          "malformed JSON at line " + e.getLocation().getLineNr()
              + ", column " + e.getLocation().getColumnNr()
              + ": " + firstLine(e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      throw ScimException.invalidSyntax("malformed JSON: " + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw ScimException.invalidSyntax("request body could not be read");
    }
  }

  private void checkValueCount(JsonNode root) {
    int[] count = {0};
    countValues(root, count);
  }

  private void countValues(JsonNode node, int[] count) {
    if (node.isContainerNode()) {
      count[0] += node.size();
      if (count[0] > limits.maxAttributes()) {
        throw ScimException.invalidSyntax(
            "request body holds more than " + limits.maxAttributes() + " values");
      }
      for (JsonNode child : node) {
        countValues(child, count);
      }
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  private static String describe(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  /** Serializes a node to UTF-8 bytes. */
  public byte[] write(JsonNode node) {
    try {
      return mapper.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Serializes a node as UTF-8 straight to a stream, without an intermediate array. The stream is
   * flushed, not closed: it belongs to the caller (a container's response stream).
   */
  public void write(JsonNode node, OutputStream out) throws IOException {
    try (JsonGenerator generator = mapper.createGenerator(out)) {
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      treeWriter.write(generator, node);
    }
  }

  /**
   * Writes content as UTF-8 straight to a stream; like {@link #write(JsonNode, OutputStream)},
   * the stream is flushed, not closed.
   */
  public void write(JsonContent content, OutputStream out) throws IOException {
    treeWriter.write(content, out);
  }

  /** Serializes content to UTF-8 bytes. */
  public byte[] write(JsonContent content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      write(content, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Serializes a node to a string. */
  public String writeString(JsonNode node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
