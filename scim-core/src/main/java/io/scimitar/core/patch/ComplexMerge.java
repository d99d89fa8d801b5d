package io.scimitar.core.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.Mutability;
import java.util.Map;
import java.util.function.Supplier;

/** Merges sub-attribute values into a complex value in place. */
final class ComplexMerge {
  private ComplexMerge() {}

  /**
   * Sets and clears sub-attributes as an operation asks, refusing what their mutability forbids.
   * Restating a readOnly sub-attribute's value changes nothing.
   *
   * @param label the quoted path of the complex value, for errors, e.g. {@code 'name'}
   */
  static void merge(OperationContext context, Supplier<String> label, AttributeDefinition complex,
      ObjectNode target, ValueCoercion.ComplexValue value) {
    for (Map.Entry<String, JsonNode> entry : value.values().properties()) {
      // Coerced values name only known sub-attributes, spelled canonically.
      AttributeDefinition sub = complex.subAttribute(entry.getKey()).orElseThrow();
      MutabilityGuard.checkWrite(context, () -> subLabel(label.get(), sub), complex, sub,
          target.get(sub.name()), entry.getValue());
      if (!MutabilityGuard.isReadOnly(complex, sub)) {
        target.set(sub.name(), entry.getValue());
      }
    }
    for (AttributeDefinition cleared : value.cleared()) {
      MutabilityGuard.checkRemove(
          context, () -> subLabel(label.get(), cleared), complex, cleared,
          target.get(cleared.name()));
      target.remove(cleared.name());
    }
  }

  /**
   * Folds a value a client added again into the element already holding it: sub-attributes the
   * element lacks are taken over, and writable ones take the new value; immutable and readOnly
   * sub-attributes keep the element's own value, since they describe the same record.
   *
   * @return whether the element changed
   */
  static boolean absorb(AttributeDefinition complex, ObjectNode element, JsonNode duplicate) {
    boolean changed = false;
    for (Map.Entry<String, JsonNode> entry : duplicate.properties()) {
      JsonNode current = element.get(entry.getKey());
      if (entry.getValue().equals(current)) {
        continue;
      }
      Mutability mutability = complex.subAttribute(entry.getKey())
          .map(AttributeDefinition::mutability).orElse(Mutability.READ_WRITE);
      boolean writable = mutability == Mutability.READ_WRITE
          || mutability == Mutability.WRITE_ONLY;
      if (current == null || current.isNull() || writable) {
        element.set(entry.getKey(), entry.getValue());
        changed = true;
      }
    }
    return changed;
  }

  private static String subLabel(String label, AttributeDefinition sub) {
    return label.substring(0, label.length() - 1) + "." + sub.name() + "'";
  }
}
