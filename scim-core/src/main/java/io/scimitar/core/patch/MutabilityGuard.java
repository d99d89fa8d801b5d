package io.scimitar.core.patch;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.core.resource.AttributeValues;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.Mutability;
import java.util.function.Supplier;

/**
 * Refuses writes that the {@code mutability} and {@code required} characteristics forbid, with
 * 400 {@code mutability} (RFC 7644 §3.5.2): a readOnly attribute cannot change (restating its
 * current value, as Okta does with {@code id}, is allowed and changes nothing); an immutable one
 * can be set only while it has no value; readOnly, immutable and required attributes cannot be
 * removed. A sub-attribute is as strict as the stricter of itself and its parent.
 */
final class MutabilityGuard {
  private MutabilityGuard() {}

  /**
   * Checks replacing {@code current} by {@code proposed}.
   *
   * @param parent the parent attribute when {@code definition} is a sub-attribute, else null
   * @param label how to name the attribute in the error, e.g. {@code 'name.givenName'}; built
   *     only for an error
   */
  static void checkWrite(OperationContext context, Supplier<String> label,
      AttributeDefinition parent, AttributeDefinition definition, JsonNode current,
      JsonNode proposed) {
    Mutability mutability = effective(parent, definition);
    if (mutability == Mutability.READ_ONLY
        && !AttributeValues.same(definition, current, proposed)) {
      throw context.mutability("attribute " + label.get() + " is readOnly");
    }
    if (mutability == Mutability.IMMUTABLE && !AttributeValues.isUnassigned(current)
        && !AttributeValues.same(definition, current, proposed)) {
      throw context.mutability(
          "attribute " + label.get() + " is immutable and already has a value");
    }
  }

  /**
   * Checks removing {@code current}; removing what has no value is always allowed.
   *
   * @param parent the parent attribute when {@code definition} is a sub-attribute, else null
   * @param label how to name the attribute in the error
   */
  static void checkRemove(OperationContext context, Supplier<String> label,
      AttributeDefinition parent, AttributeDefinition definition, JsonNode current) {
    if (AttributeValues.isUnassigned(current)) {
      return;
    }
    Mutability mutability = effective(parent, definition);
    if (mutability == Mutability.READ_ONLY) {
      throw context.mutability(
          "attribute " + label.get() + " is readOnly and cannot be removed");
    }
    if (mutability == Mutability.IMMUTABLE) {
      throw context.mutability(
          "attribute " + label.get() + " is immutable and cannot be removed");
    }
    if (definition.required()) {
      throw context.mutability(
          "attribute " + label.get() + " is required and cannot be removed");
    }
  }

  /**
   * Checks removing (or replacing) one value of a multi-valued attribute: the values of an
   * immutable attribute stay once set.
   */
  static void checkElementRemoval(
      OperationContext context, Supplier<String> label, AttributeDefinition attribute) {
    if (attribute.mutability() == Mutability.IMMUTABLE) {
      throw context.mutability("attribute " + label.get() + " is immutable; its values cannot be "
          + "removed or replaced");
    }
  }

  /** Whether the attribute may never be written by a client. */
  static boolean isReadOnly(AttributeDefinition parent, AttributeDefinition definition) {
    return effective(parent, definition) == Mutability.READ_ONLY;
  }

  private static Mutability effective(AttributeDefinition parent, AttributeDefinition definition) {
    Mutability own = definition.mutability();
    if (parent == null) {
      return own;
    }
    Mutability inherited = parent.mutability();
    if (own == Mutability.READ_ONLY || inherited == Mutability.READ_ONLY) {
      return Mutability.READ_ONLY;
    }
    if (own == Mutability.IMMUTABLE || inherited == Mutability.IMMUTABLE) {
      return Mutability.IMMUTABLE;
    }
    return own;
  }
}
