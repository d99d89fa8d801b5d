package io.scimitar.core.validation;

/**
 * Whether the {@code canonicalValues} of an attribute (such as {@code work}, {@code home},
 * {@code other} for {@code emails.type}) restrict what a client may send. RFC 7643 §2.3.1 lets a
 * service provider accept other values, and real clients do send them.
 */
public enum CanonicalValuePolicy {
  /** Any value of the right type is accepted. The default. */
  LENIENT,
  /**
   * Only the canonical values are accepted (compared case-insensitively unless the attribute is
   * caseExact); anything else is 400 {@code invalidValue}. The value is stored as sent.
   */
  STRICT
}
