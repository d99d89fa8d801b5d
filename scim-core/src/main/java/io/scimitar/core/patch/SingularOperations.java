package io.scimitar.core.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.path.ResolvedPath;
import io.scimitar.core.resource.AttributeValues;
import io.scimitar.core.schema.AttributeDefinition;

/**
 * {@code add}, {@code replace} and {@code remove} on a single-valued attribute or one of its
 * sub-attributes (RFC 7644 §3.5.2.1–3). For a single-valued target {@code add} and
 * {@code replace} mean the same: set the value. A complex value is merged into the current one
 * sub-attribute by sub-attribute, except that a new {@code value} sub-attribute (a different
 * manager, say) replaces the whole complex value, since its other sub-attributes described the
 * old one. "No value" ({@code null}, {@code ""}) clears the target.
 */
final class SingularOperations {
  private final ResourceTree tree;
  private final ValueCoercion coercion;

  SingularOperations(ResourceTree tree, ValueCoercion coercion) {
    this.tree = tree;
    this.coercion = coercion;
  }

  /** Sets the target ({@code add} or {@code replace}). */
  void write(OperationContext context, PatchTarget target, JsonNode raw) {
    if (target.sub() != null) {
      writeSub(context, target, raw);
    } else if (target.definition().isComplex()) {
      writeComplex(context, target, raw);
    } else {
      writeSimple(context, target, raw);
    }
  }

  /**
   * Removes the target. With a value (the shape Entra ID uses for members), only a current value
   * equal to it is removed.
   */
  void remove(OperationContext context, PatchTarget target, JsonNode raw) {
    ResolvedPath attribute = target.attribute();
    AttributeDefinition definition = target.definition();
    JsonNode current = tree.get(attribute);
    if (target.sub() != null) {
      JsonNode currentSub = current == null ? null : current.get(target.sub().name());
      MutabilityGuard.checkRemove(context, target::label, definition, target.sub(), currentSub);
      if (currentSub != null) {
        removeSub(attribute, current, target.sub());
      }
      return;
    }
    if (!AttributeValues.isUnassigned(raw) && !holds(context, attribute, current, raw)) {
      return;
    }
    MutabilityGuard.checkRemove(context, target::label, null, definition, current);
    tree.remove(attribute);
  }

  private void writeSimple(OperationContext context, PatchTarget target, JsonNode raw) {
    ResolvedPath attribute = target.attribute();
    JsonNode current = tree.get(attribute);
    JsonNode value = coercion.single(context, attribute, raw);
    if (value == null) {
      MutabilityGuard.checkRemove(context, target::label, null, target.definition(), current);
      tree.remove(attribute);
      return;
    }
    MutabilityGuard.checkWrite(context, target::label, null, target.definition(), current, value);
    tree.put(attribute, value);
  }

  private void writeComplex(OperationContext context, PatchTarget target, JsonNode raw) {
    ResolvedPath attribute = target.attribute();
    AttributeDefinition definition = target.definition();
    JsonNode current = tree.get(attribute);
    if (AttributeValues.isUnassigned(raw)) {
      MutabilityGuard.checkRemove(context, target::label, null, definition, current);
      tree.remove(attribute);
      return;
    }
    ValueCoercion.ComplexValue value = coercion.forMerge(context, attribute, raw);
    if (isDifferentReferent(definition, current, value.values())) {
      MutabilityGuard.checkWrite(
          context, target::label, null, definition, current, value.values());
      tree.put(attribute, value.values());
      return;
    }
    ObjectNode merged = current instanceof ObjectNode object
        ? object.deepCopy() : JsonNodeFactory.instance.objectNode();
    ComplexMerge.merge(context, target::label, definition, merged, value);
    if (merged.isEmpty()) {
      MutabilityGuard.checkRemove(context, target::label, null, definition, current);
      tree.remove(attribute);
    } else {
      tree.put(attribute, merged);
    }
  }

  private void writeSub(OperationContext context, PatchTarget target, JsonNode raw) {
    ResolvedPath attribute = target.attribute();
    AttributeDefinition sub = target.sub();
    JsonNode current = tree.get(attribute);
    JsonNode currentSub = current == null ? null : current.get(sub.name());
    JsonNode value = coercion.single(context, target.subPath(), raw);
    if (value == null) {
      MutabilityGuard.checkRemove(context, target::label, target.definition(), sub, currentSub);
      removeSub(attribute, current, sub);
      return;
    }
    MutabilityGuard.checkWrite(
        context, target::label, target.definition(), sub, currentSub, value);
    if (MutabilityGuard.isReadOnly(target.definition(), sub)) {
      return;
    }
    ObjectNode object = current instanceof ObjectNode
        ? (ObjectNode) tree.edit(attribute) : JsonNodeFactory.instance.objectNode();
    object.set(sub.name(), value);
    tree.put(attribute, object);
  }

  /**
   * Removes a sub-attribute from the attribute's complex value (editing a copy: the tree's
   * current value may be the input's), and the value itself when it is left empty.
   */
  private void removeSub(ResolvedPath attribute, JsonNode current, AttributeDefinition sub) {
    if (!(current instanceof ObjectNode object)) {
      return;
    }
    if (object.has(sub.name())) {
      object = (ObjectNode) tree.edit(attribute);
      object.remove(sub.name());
    }
    if (object.isEmpty()) {
      tree.remove(attribute);
    }
  }

  /** Whether the current value is the one a remove-with-value names. */
  private boolean holds(
      OperationContext context, ResolvedPath attribute, JsonNode current, JsonNode raw) {
    if (current == null) {
      return false;
    }
    JsonNode named = coercion.single(context, attribute, raw);
    AttributeDefinition definition = attribute.attribute();
    if (definition.isComplex() && named != null && named.has(MemberRefs.VALUE)) {
      return definition.subAttribute(MemberRefs.VALUE)
          .map(valueSub -> AttributeValues.same(
              valueSub, current.get(MemberRefs.VALUE), named.get(MemberRefs.VALUE)))
          .orElse(false);
    }
    return AttributeValues.same(definition, current, named);
  }

  /** Whether a complex value names another referent than the current one (its own value). */
  private static boolean isDifferentReferent(
      AttributeDefinition definition, JsonNode current, ObjectNode given) {
    JsonNode newValue = given.get(MemberRefs.VALUE);
    JsonNode oldValue = current == null ? null : current.get(MemberRefs.VALUE);
    if (newValue == null || AttributeValues.isUnassigned(oldValue)) {
      return false;
    }
    return definition.subAttribute(MemberRefs.VALUE)
        .map(valueSub -> !AttributeValues.same(valueSub, oldValue, newValue))
        .orElse(false);
  }
}
