package io.scimitar.core.json;

import com.fasterxml.jackson.core.SerializableString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * The members of one JSON object, encoded as UTF-8 once and kept back to back in one array, so
 * that a run of them is written with one copy (see {@link JsonSink#members}). A member may be
 * absent, when nothing of its value is shown; it keeps its index all the same. Immutable.
 *
 * <p>One array rather than a value per member: a response of a resource read from memory is
 * mostly these bytes, and a resource that is not in the processor's cache costs a cache miss
 * for every object touched.
 */
public final class EncodedObject {
  private final SerializableString[] names;
  /** Each present member as {@code ,"name":value}, back to back. */
  private final EncodedJson text;
  /** Member {@code i} spans {@code bounds[i]} to {@code bounds[i + 1]}; no bytes when absent. */
  private final int[] bounds;
  /** Where the value of member {@code i} starts, after its name and colon. */
  private final int[] valueStarts;

  private EncodedObject(SerializableString[] names, EncodedJson text, int[] bounds,
      int[] valueStarts) {
    this.names = names;
    this.text = text;
    this.bounds = bounds;
    this.valueStarts = valueStarts;
  }

  /** The number of members, absent ones included. */
  public int size() {
    return names.length;
  }

  /** The name of member {@code index}, encoded. */
  public SerializableString name(int index) {
    return names[index];
  }

  boolean isPresent(int index) {
    return bounds[index] < bounds[index + 1];
  }

  /** The value of a present member. */
  EncodedJson value(int index) {
    return text.slice(valueStarts[index], bounds[index + 1]);
  }

  /** Where member {@code index} ends. */
  int end(int index) {
    return bounds[index + 1];
  }

  /** Where member {@code index} starts, at its leading comma. */
  int start(int index) {
    return bounds[index];
  }

  /** Text from {@code from} to {@code to}. */
  EncodedJson text(int from, int to) {
    return text.slice(from, to);
  }

  /** Collects the members of an {@link EncodedObject}, in order; see {@link JsonSink#encoder}. */
  public static final class Builder {
    private final TreeWriter trees;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final SerializableString[] names;
    private final int[] bounds;
    private final int[] valueStarts;
    private int size;

    Builder(TreeWriter trees, int capacity) {
      this.trees = trees;
      this.names = new SerializableString[capacity];
      this.bounds = new int[capacity + 1];
      this.valueStarts = new int[capacity];
    }

    /**
     * The next member.
     *
     * @param value what it shows, or null when it is absent
     */
    public Builder add(SerializableString name, JsonContent value) throws IOException {
      names[size] = name;
      if (value != null) {
        bytes.write(',');
        bytes.write('"');
        bytes.write(name.asQuotedUTF8());
        bytes.write('"');
        bytes.write(':');
        valueStarts[size] = bytes.size();
        trees.write(value, bytes);
      }
      size++;
      bounds[size] = bytes.size();
      return this;
    }

    /** The object of the members added; as many as the capacity given. */
    public EncodedObject build() {
      if (size != names.length) {
        throw new IllegalStateException(size + " members added, " + names.length + " expected");
      }
      return new EncodedObject(names, new EncodedJson(bytes.toByteArray()), bounds, valueStarts);
    }
  }
}
