package io.scimitar.core.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * JSON text encoded as UTF-8 once, to be copied into responses as it is (see
 * {@link JsonSink#encode} and {@link JsonSink#encodedValue}): one value, or a run of object
 * members (see {@link EncodedObject}). It holds the bytes only, half of what a
 * {@link SerializedString} keeps, since it may be kept with every resource a store holds. The
 * quoted forms, which raw values never need, are built when asked for. Immutable.
 */
public final class EncodedJson implements SerializableString {
  private final byte[] utf8;
  private final int offset;
  private final int length;

  EncodedJson(byte[] utf8) {
    this(utf8, 0, utf8.length);
  }

  private EncodedJson(byte[] utf8, int offset, int length) {
    this.utf8 = utf8;
    this.offset = offset;
    this.length = length;
  }

  /** The bytes from {@code from} to {@code to} of this text, sharing its array. */
  EncodedJson slice(int from, int to) {
    return new EncodedJson(utf8, offset + from, to - from);
  }

  @Override
  public String getValue() {
    return new String(utf8, offset, length, StandardCharsets.UTF_8);
  }

  @Override
  public int charLength() {
    return getValue().length();
  }

  @Override
  public byte[] asUnquotedUTF8() {
    return Arrays.copyOfRange(utf8, offset, offset + length);
  }

  @Override
  public int appendUnquotedUTF8(byte[] buffer, int at) {
    if (at + length > buffer.length) {
      return -1;
    }
    System.arraycopy(utf8, offset, buffer, at, length);
    return length;
  }

  @Override
  public int writeUnquotedUTF8(OutputStream out) throws IOException {
    out.write(utf8, offset, length);
    return length;
  }

  @Override
  public int putUnquotedUTF8(ByteBuffer buffer) {
    if (length > buffer.remaining()) {
      return -1;
    }
    buffer.put(utf8, offset, length);
    return length;
  }

  @Override
  public int appendUnquoted(char[] buffer, int offset) {
    return text().appendUnquoted(buffer, offset);
  }

  @Override
  public char[] asQuotedChars() {
    return text().asQuotedChars();
  }

  @Override
  public byte[] asQuotedUTF8() {
    return text().asQuotedUTF8();
  }

  @Override
  public int appendQuotedUTF8(byte[] buffer, int offset) {
    return text().appendQuotedUTF8(buffer, offset);
  }

  @Override
  public int appendQuoted(char[] buffer, int offset) {
    return text().appendQuoted(buffer, offset);
  }

  @Override
  public int writeQuotedUTF8(OutputStream out) throws IOException {
    return text().writeQuotedUTF8(out);
  }

  @Override
  public int putQuotedUTF8(ByteBuffer buffer) throws IOException {
    return text().putQuotedUTF8(buffer);
  }

  private SerializedString text() {
    return new SerializedString(getValue());
  }

  @Override
  public String toString() {
    return getValue();
  }
}
