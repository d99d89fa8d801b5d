package io.scimitar.core.json;

import java.io.IOException;

/**
 * JSON that writes itself to a {@link JsonSink} instead of being built as a tree first: a
 * response body that would otherwise be assembled only to be serialized and thrown away.
 * {@link ScimJson#write(JsonContent, java.io.OutputStream)} writes it out.
 */
@FunctionalInterface
public interface JsonContent {
  /** Writes one complete JSON value to {@code out}. */
  void writeTo(JsonSink out) throws IOException;
}
