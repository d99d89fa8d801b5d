package io.scimitar.core.patch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * What applying a PATCH request produced.
 *
 * <p>When the engine ran with members loaded (or the resource type has no member attribute),
 * {@code resource} is the complete new state and {@code membershipChanges} is the difference
 * between the old and the new member lists, for information. When it ran without members,
 * {@code resource} carries no members and {@code membershipChanges} is what the store must apply
 * to the stored member list, in order.
 *
 * @param resource the patched canonical tree: a new root (the input is never modified), whose
 *     attributes the request did not change are the input's own nodes, shared rather than
 *     copied. Set or remove its top-level members freely; copy a member before changing
 *     anything inside it
 * @param changed whether anything changed: the tree differs from the input, or member-level
 *     changes were produced. An unchanged resource keeps its version. Without members loaded, a
 *     change such as adding a member who already belongs counts as a change, since only the
 *     store can tell
 * @param membershipChanges member-level changes, empty when none
 */
public record PatchResult(
    ObjectNode resource, boolean changed, List<MembershipChange> membershipChanges) {

  public PatchResult {
    Objects.requireNonNull(resource, "resource");
    membershipChanges = List.copyOf(membershipChanges);
  }
}
