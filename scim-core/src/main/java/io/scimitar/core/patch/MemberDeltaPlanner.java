package io.scimitar.core.patch;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.core.resource.AttributeValues;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns operations on the member attribute of a group loaded without its members into
 * member-level changes, so that a store never rewrites a member list to add one member:
 *
 * <ul>
 *   <li>{@code add members} → {@link MembershipChange.Add};
 *   <li>{@code remove members[value eq "id"]} (or a disjunction of such equalities), and
 *       {@code remove members} with the members to remove as value (Entra ID) →
 *       {@link MembershipChange.Remove}; removing a non-member is the store's no-op;
 *   <li>{@code remove members} without a value → {@link MembershipChange.RemoveAll};
 *   <li>{@code replace members} → {@link MembershipChange.ReplaceAll} (or RemoveAll when empty).
 * </ul>
 *
 * <p>Any other member operation (a filter on another sub-attribute, a sub-attribute path, an add
 * or replace through a filter) needs the member list: the planner throws
 * {@link MemberListRequiredException}.
 */
final class MemberDeltaPlanner {
  private final MemberValues memberValues;

  MemberDeltaPlanner(MemberValues memberValues) {
    this.memberValues = memberValues;
  }

  /** Records the member-level change an operation on the member attribute stands for. */
  void plan(OperationContext context, PatchTarget target, JsonNode raw,
      MembershipChangeList changes) throws MemberListRequiredException {
    if (target.sub() != null
        || (target.filter() != null && context.op() != PatchOp.REMOVE)) {
      throw needsMembers(context, target);
    }
    switch (context.op()) {
      case ADD -> changes.add(members(context, target, raw));
      case REPLACE -> changes.replaceAll(members(context, target, raw));
      case REMOVE -> {
        if (target.filter() != null) {
          Optional<Set<String>> ids = ValueFilterShapes.valueEqualities(target.filter());
          if (ids.isEmpty()) {
            throw needsMembers(context, target);
          }
          changes.remove(ids.get());
        } else if (AttributeValues.isUnassigned(raw)) {
          changes.removeAll();
        } else {
          Set<String> ids = new LinkedHashSet<>();
          members(context, target, raw).forEach(member -> ids.add(member.value()));
          changes.remove(ids);
        }
      }
    }
  }

  private List<MemberRef> members(OperationContext context, PatchTarget target, JsonNode raw) {
    return memberValues.read(context, target.attribute(), raw);
  }

  private static MemberListRequiredException needsMembers(
      OperationContext context, PatchTarget target) {
    return new MemberListRequiredException(
        context.describe() + ": path '" + target.text() + "' needs the member list");
  }
}
