package io.scimitar.core.patch;

import java.util.List;

/**
 * A parsed PATCH request: its operations in order. Obtained from
 * {@link PatchRequestReader#read}, or built directly by code that patches resources itself.
 *
 * @param operations the operations; none only in {@link #NOTHING}, since the reader refuses an
 *     empty {@code Operations} unless a client tolerance accepts it
 */
public record PatchRequest(List<PatchOperation> operations) {
  /**
   * The request without operations, which changes nothing: what a PATCH with an empty
   * {@code Operations} array means when {@code ClientTolerances.emptyPatchOperations} is on.
   */
  public static final PatchRequest NOTHING = new PatchRequest(List.of());

  public PatchRequest {
    operations = List.copyOf(operations);
  }

  /** A request of the given operations. */
  public static PatchRequest of(PatchOperation... operations) {
    return new PatchRequest(List.of(operations));
  }
}
