package io.scimitar.core.validation;

/**
 * What to do with attributes (and schema URNs) a request body names but the resource type does
 * not define, such as a misspelled {@code adreses}.
 */
public enum UnknownAttributePolicy {
  /**
   * Drop them silently. The default: identity providers send attributes that a service does
   * not model (Microsoft's reference tests expect a misspelled attribute on PUT to succeed), and
   * Entra ID lists its own group schema URN in {@code schemas}.
   */
  IGNORE,
  /**
   * Refuse the request: 400 {@code invalidSyntax} for an unknown attribute or sub-attribute, 400
   * {@code invalidValue} for an unknown schema URN.
   */
  REJECT
}
