package io.scimitar.core.patch;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.core.resource.AttributeValues;

/**
 * Operations on readOnly attributes ({@code id}, {@code meta}, {@code groups} of a User): the
 * client may restate the current value, which changes nothing (Okta sends the group's own
 * {@code id} in every rename), and anything else is 400 {@code mutability} (RFC 7644 §3.5.2).
 * The check comes before value coercion, which would drop readOnly sub-attributes and so hide
 * an attempted change.
 */
final class ReadOnlyTargets {
  private ReadOnlyTargets() {}

  /**
   * Refuses an operation that would change a readOnly attribute.
   *
   * @param current the attribute's current value, or null
   * @param raw the operation's value as sent
   */
  static void check(OperationContext context, PatchTarget target, JsonNode current, JsonNode raw) {
    if (context.op() == PatchOp.REMOVE) {
      if (!AttributeValues.isUnassigned(current)) {
        throw context.mutability(
            "attribute " + target.label() + " is readOnly and cannot be removed");
      }
      return;
    }
    boolean addsNothing = context.op() == PatchOp.ADD && AttributeValues.isUnassigned(raw);
    boolean restated = target.filter() == null && target.sub() == null
        && (addsNothing || AttributeValues.same(target.definition(), current, raw));
    if (!restated) {
      throw context.mutability("attribute " + target.label() + " is readOnly");
    }
  }
}
