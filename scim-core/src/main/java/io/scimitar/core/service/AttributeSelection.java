package io.scimitar.core.service;

/**
 * The {@code attributes} and {@code excludedAttributes} parameters of a request (RFC 7644 §3.9),
 * as sent; either or both may be null.
 *
 * @param attributes comma-separated attribute paths to return, or null
 * @param excludedAttributes comma-separated attribute paths to leave out, or null
 */
public record AttributeSelection(String attributes, String excludedAttributes) {
  /** No selection: the default attributes. */
  public static final AttributeSelection DEFAULT = new AttributeSelection(null, null);

  /** Whether neither parameter selects anything (absent or blank), as {@link #DEFAULT}. */
  public boolean isDefault() {
    return (attributes == null || attributes.isBlank())
        && (excludedAttributes == null || excludedAttributes.isBlank());
  }
}
