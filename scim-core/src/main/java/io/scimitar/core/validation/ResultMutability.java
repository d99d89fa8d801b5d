package io.scimitar.core.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.resource.AttributeValues;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.CommonAttributes;
import io.scimitar.core.schema.Mutability;
import java.util.List;

/**
 * Compares a changed resource with its previous state: readOnly attributes must not have changed
 * (except {@code meta}, which the service provider maintains), and immutable attributes that had
 * a value must still have the same one, including the immutable sub-attributes of single-valued
 * complex attributes. Values of multi-valued complex attributes are added and removed whole, so
 * their immutable sub-attributes are not compared.
 */
final class ResultMutability {
  private ResultMutability() {}

  /**
   * @param scopes the resource type's scopes, {@link Scope#of}
   * @throws ScimException 400 {@code mutability} naming the attribute
   */
  static void check(List<Scope> scopes, ObjectNode candidate, ObjectNode before) {
    for (Scope scope : scopes) {
      ObjectNode oldScope = scope.in(before);
      ObjectNode newScope = scope.in(candidate);
      for (AttributeDefinition attribute : scope.attributes()) {
        if (scope.urn() == null && attribute.name().equals(CommonAttributes.META)) {
          continue;
        }
        JsonNode old = oldScope == null ? null : oldScope.get(attribute.name());
        JsonNode now = newScope == null ? null : newScope.get(attribute.name());
        if (Nodes.sameNode(now, old)) {
          continue; // unchanged: copy-on-write leaves what it does not touch shared
        }
        check(attribute, old, now, scope.label(attribute));
        if (attribute.isComplex() && !attribute.multiValued() && old != null && now != null
            && attribute.mutability() != Mutability.READ_ONLY) {
          for (AttributeDefinition sub : attribute.subAttributes()) {
            if (sub.mutability() == Mutability.IMMUTABLE) {
              check(sub, old.get(sub.name()), now.get(sub.name()),
                  scope.label(attribute) + "." + sub.name());
            }
          }
        }
      }
    }
  }

  private static void check(AttributeDefinition attribute, JsonNode old, JsonNode now,
      String label) {
    if (attribute.mutability() == Mutability.READ_ONLY && !AttributeValues.same(attribute, old, now)) {
      throw ScimException.mutability("attribute '" + label + "' is readOnly and cannot be changed");
    }
    if (attribute.mutability() == Mutability.IMMUTABLE && !AttributeValues.isUnassigned(old)
        && !AttributeValues.same(attribute, old, now)) {
      throw ScimException.mutability(AttributeValues.isUnassigned(now)
          ? "attribute '" + label + "' is immutable and cannot be removed"
          : "attribute '" + label + "' is immutable and cannot be changed once set");
    }
  }
}
