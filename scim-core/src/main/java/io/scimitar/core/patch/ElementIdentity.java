package io.scimitar.core.patch;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.core.resource.AttributeValues;
import io.scimitar.core.schema.AttributeDefinition;
import java.util.Optional;

/**
 * When two elements of a multi-valued attribute are the same record: adding a value that is
 * already there changes nothing (RFC 7644 §3.5.2.1), and removing by value removes it.
 */
final class ElementIdentity {
  private static final String TYPE = "type";

  private ElementIdentity() {}

  /**
   * Whether {@code candidate} is the record {@code existing}. Simple values compare by value.
   * Complex values with a {@code value} sub-attribute compare by it and, unless
   * {@code byValueOnly}, by {@code type} when both have one (the same address can be someone's
   * work and home email); other complex values compare whole.
   *
   * @param byValueOnly compare only {@code value}, as when a client removes values by naming
   *     them
   */
  static boolean sameRecord(AttributeDefinition attribute, JsonNode existing, JsonNode candidate,
      boolean byValueOnly) {
    if (!attribute.isComplex()) {
      return AttributeValues.sameSingle(attribute, existing, candidate);
    }
    Optional<AttributeDefinition> valueSub = attribute.subAttribute(MemberRefs.VALUE);
    JsonNode candidateValue = candidate.get(MemberRefs.VALUE);
    if (valueSub.isEmpty() || AttributeValues.isUnassigned(candidateValue)) {
      return AttributeValues.sameSingle(attribute, existing, candidate);
    }
    if (!AttributeValues.same(valueSub.get(), existing.get(MemberRefs.VALUE), candidateValue)) {
      return false;
    }
    if (byValueOnly) {
      return true;
    }
    Optional<AttributeDefinition> typeSub = attribute.subAttribute(TYPE);
    JsonNode existingType = existing.get(TYPE);
    JsonNode candidateType = candidate.get(TYPE);
    return typeSub.isEmpty() || AttributeValues.isUnassigned(existingType)
        || AttributeValues.isUnassigned(candidateType)
        || AttributeValues.same(typeSub.get(), existingType, candidateType);
  }
}
