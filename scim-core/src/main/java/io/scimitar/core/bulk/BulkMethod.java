package io.scimitar.core.bulk;

import java.util.Locale;
import java.util.Optional;

/** The HTTP methods a bulk operation may use (RFC 7644 §3.7). */
public enum BulkMethod {
  POST,
  PUT,
  PATCH,
  DELETE;

  /** The method named by {@code text}, case-insensitively. */
  static Optional<BulkMethod> parse(String text) {
    for (BulkMethod method : values()) {
      if (method.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }

  /** Whether the operation carries {@code data}. */
  boolean hasData() {
    return this != DELETE;
  }
}
