package io.scimitar.core.json;

/**
 * Bounds on request bodies, checked while parsing so hostile input costs little.
 *
 * @param maxPayloadBytes largest accepted body, in bytes (413 beyond it)
 * @param maxDepth deepest accepted nesting of objects and arrays
 * @param maxAttributes most object members and array elements in one document
 */
public record JsonLimits(long maxPayloadBytes, int maxDepth, int maxAttributes) {
  /** 1 MiB, depth 32, 100,000 values: room for a bulk request, none for abuse. */
  public static final JsonLimits DEFAULTS = new JsonLimits(1_048_576, 32, 100_000);

  public JsonLimits {
    if (maxPayloadBytes <= 0 || maxDepth <= 0 || maxAttributes <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
