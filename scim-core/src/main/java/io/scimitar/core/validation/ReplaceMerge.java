package io.scimitar.core.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.resource.AttributeValues;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.Mutability;
import io.scimitar.core.schema.ResourceSchema;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Completes a canonical PUT body from the stored resource, following the mutability rules of
 * RFC 7644 §3.5.1:
 *
 * <ul>
 *   <li>readOnly values (id, meta, groups, ...) are carried over: the client cannot set them;
 *   <li>writeOnly values the body leaves out (the password) are carried over: a client can never
 *       read them back, so leaving one out cannot mean "clear it";
 *   <li>immutable values are carried over when left out, and must not differ when sent (400
 *       {@code mutability}).
 * </ul>
 *
 * <p>The same applies to sub-attributes of a complex value that corresponds to a stored one: a
 * single-valued complex attribute corresponds to its stored value (for readOnly sub-attributes
 * only while its {@code value} sub-attribute is unchanged, so a new manager does not keep the old
 * manager's displayName); a value of a multi-valued one corresponds to the stored value with the
 * same {@code value} sub-attribute, so {@code members.display} and {@code members.type} survive a
 * PUT that sends only member ids. A complex value the body leaves out is cleared like any other
 * readWrite attribute, its immutable sub-attributes with it.
 */
final class ReplaceMerge {
  private static final String VALUE = "value";

  private ReplaceMerge() {}

  /** Adds to {@code proposed} (canonical, readOnly values dropped) what {@code existing} keeps. */
  static void apply(ResourceSchema resourceSchema, ObjectNode proposed, ObjectNode existing) {
    for (Scope scope : Scope.of(resourceSchema)) {
      ObjectNode before = scope.in(existing);
      if (before == null) {
        continue;
      }
      for (AttributeDefinition attribute : scope.attributes()) {
        JsonNode old = before.get(attribute.name());
        if (AttributeValues.isUnassigned(old)) {
          continue;
        }
        ObjectNode after = scope.in(proposed);
        JsonNode sent = after == null ? null : after.get(attribute.name());
        String label = scope.label(attribute);
        switch (attribute.mutability()) {
          case READ_ONLY -> scope.createIn(proposed).set(attribute.name(), old.deepCopy());
          case WRITE_ONLY, IMMUTABLE -> {
            if (sent == null) {
              scope.createIn(proposed).set(attribute.name(), old.deepCopy());
            } else {
              checkImmutable(attribute, old, sent, label);
              carrySubAttributes(attribute, sent, old, label);
            }
          }
          case READ_WRITE -> {
            if (sent != null) {
              carrySubAttributes(attribute, sent, old, label);
            }
          }
        }
      }
    }
  }

  private static void checkImmutable(AttributeDefinition attribute, JsonNode old, JsonNode sent,
      String label) {
    if (attribute.mutability() == Mutability.IMMUTABLE
        && !AttributeValues.same(attribute, old, sent)) {
      throw ScimException.mutability(
          "attribute '" + label + "' is immutable and cannot be changed once set");
    }
  }

  private static void carrySubAttributes(AttributeDefinition attribute, JsonNode sent,
      JsonNode old, String label) {
    if (!attribute.isComplex()) {
      return;
    }
    Optional<AttributeDefinition> valueSub = attribute.subAttribute(VALUE);
    if (!attribute.multiValued()) {
      if (sent instanceof ObjectNode object && old.isObject()) {
        boolean sameValue = valueSub.isEmpty()
            || AttributeValues.same(valueSub.get(), object.get(VALUE), old.get(VALUE));
        carryInto(attribute, object, old, label, sameValue);
      }
      return;
    }
    if (valueSub.isEmpty() || !sent.isArray() || !old.isArray()) {
      return;
    }
    Map<String, JsonNode> storedByValue = new HashMap<>();
    for (JsonNode element : old) {
      JsonNode value = element.get(VALUE);
      if (value != null && value.isValueNode()) {
        storedByValue.putIfAbsent(value.asText(), element);
      }
    }
    for (int i = 0; i < sent.size(); i++) {
      JsonNode value = sent.get(i).get(VALUE);
      JsonNode stored = value == null ? null : storedByValue.get(value.asText());
      if (stored != null && sent.get(i) instanceof ObjectNode object) {
        carryInto(attribute, object, stored, label + "[" + i + "]", true);
      }
    }
  }

  private static void carryInto(AttributeDefinition attribute, ObjectNode sent, JsonNode old,
      String label, boolean sameValue) {
    for (AttributeDefinition sub : attribute.subAttributes()) {
      JsonNode stored = old.get(sub.name());
      if (AttributeValues.isUnassigned(stored)) {
        continue;
      }
      JsonNode given = sent.get(sub.name());
      switch (sub.mutability()) {
        case READ_ONLY -> {
          if (sameValue) {
            sent.set(sub.name(), stored.deepCopy());
          }
        }
        case WRITE_ONLY, IMMUTABLE -> {
          if (given == null) {
            sent.set(sub.name(), stored.deepCopy());
          } else {
            checkImmutable(sub, stored, given, label + "." + sub.name());
          }
        }
        case READ_WRITE -> {
          // the client's value replaces the stored one
        }
      }
    }
  }
}
