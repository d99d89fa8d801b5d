package io.scimitar.core.patch;

import java.util.List;

/**
 * A parsed PATCH request: its operations in order. Obtained from
 * {@link PatchRequestReader#read}, or built directly by code that patches resources itself.
 *
 * @param operations the operations, at least one
 */
public record PatchRequest(List<PatchOperation> operations) {

  public PatchRequest {
    operations = List.copyOf(operations);
    if (operations.isEmpty()) {
      throw new IllegalArgumentException("a PATCH request needs at least one operation");
    }
  }

  /** A request of the given operations. */
  public static PatchRequest of(PatchOperation... operations) {
    return new PatchRequest(List.of(operations));
  }
}
