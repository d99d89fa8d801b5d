package io.scimitar.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;


/**
 * Where {@link JsonContent} writes: structure, member names and whole trees, which come out byte
 * for byte as the mapper would write the same tree. Obtained from
 * {@link ScimJson#write(JsonContent, java.io.OutputStream)}; not thread-safe.
 */
public final class JsonSink {
  private final JsonGenerator out;
  private final TreeWriter trees;

  JsonSink(JsonGenerator out, TreeWriter trees) {
    this.out = out;
    this.trees = trees;
  }

  public void startObject() throws IOException {
    out.writeStartObject();
  }

  public void endObject() throws IOException {
    out.writeEndObject();
  }

  public void startArray() throws IOException {
    out.writeStartArray();
  }

  public void endArray() throws IOException {
    out.writeEndArray();
  }

  /** A member name, encoded ahead of time by the caller (see {@link #encodedName}). */
  public void name(SerializableString name) throws IOException {
    out.writeFieldName(name);
  }

  /** A member name. */
  public void name(String name) throws IOException {
    trees.writeName(out, name);
  }

  /** A whole value. */
  public void value(JsonNode value) throws IOException {
    trees.write(out, value);
  }

  /** A value already encoded (by {@link #encode}), copied as it is. */
  public void encodedValue(EncodedJson json) throws IOException {
    out.writeRawValue(json);
  }

  /**
   * Members {@code from} (inclusive) to {@code to} (exclusive) of an encoded object, into the
   * object being written, copied as they are; absent members are left out.
   *
   * @throws IllegalStateException when no object is being written
   */
  public void members(EncodedObject members, int from, int to) throws IOException {
    JsonStreamContext context = out.getOutputContext();
    if (!context.inObject()) {
      throw new IllegalStateException("members written outside an object");
    }
    int first = from;
    while (first < to && !members.isPresent(first)) {
      first++;
    }
    if (first == to) {
      return;
    }
    int start = members.start(first);
    // Each stored member starts with its comma. The generator puts commas by its own count of
    // the members it wrote: the first member of an object goes through it, without the stored
    // comma, so that it counts one and puts a comma before the next member it writes.
    if (context.getEntryCount() == 0) {
      out.writeFieldName(members.name(first));
      out.writeRawValue(members.value(first));
      start = members.end(first);
    }
    int end = members.end(to - 1);
    if (start < end) {
      out.writeRaw(members.text(start, end));
    }
  }

  /** Starts encoding an object of {@code size} members, for {@link #members} to write. */
  public EncodedObject.Builder encoder(int size) {
    return new EncodedObject.Builder(trees, size);
  }

  /**
   * One JSON value, encoded apart from what this sink writes, as {@link #encodedValue} takes it:
   * the same bytes as writing it here.
   */
  public EncodedJson encode(JsonContent value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    trees.write(value, bytes);
    return new EncodedJson(bytes.toByteArray());
  }

  /** A name in the form {@link #name(SerializableString)} writes fastest, for callers to keep. */
  public static SerializableString encodedName(String name) {
    return TreeWriter.encoded(name);
  }
}
