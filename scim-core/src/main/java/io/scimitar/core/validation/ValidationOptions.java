package io.scimitar.core.validation;

import java.util.Objects;

/**
 * How strictly {@link ResourceValidator} treats request bodies.
 *
 * @param unknownAttributes what to do with attributes and schema URNs the resource type lacks
 * @param canonicalValues whether canonical values are enforced
 */
public record ValidationOptions(
    UnknownAttributePolicy unknownAttributes, CanonicalValuePolicy canonicalValues) {

  /** Unknown attributes ignored, canonical values not enforced: what interoperates best. */
  public static final ValidationOptions DEFAULTS =
      new ValidationOptions(UnknownAttributePolicy.IGNORE, CanonicalValuePolicy.LENIENT);

  public ValidationOptions {
    Objects.requireNonNull(unknownAttributes, "unknownAttributes");
    Objects.requireNonNull(canonicalValues, "canonicalValues");
  }

  /** These options with another unknown-attribute policy. */
  public ValidationOptions withUnknownAttributes(UnknownAttributePolicy policy) {
    return new ValidationOptions(policy, canonicalValues);
  }

  /** These options with another canonical-value policy. */
  public ValidationOptions withCanonicalValues(CanonicalValuePolicy policy) {
    return new ValidationOptions(unknownAttributes, policy);
  }
}
