package io.scimitar.core.sort;

import io.scimitar.core.error.ScimException;

/** The {@code sortOrder} parameter of RFC 7644 §3.4.2.3. */
public enum SortOrder {
  ASCENDING,
  DESCENDING;

  /**
   * Parses the parameter, case-insensitively; null or empty means ascending, the RFC default.
   *
   * @throws ScimException 400 {@code invalidValue} for any other text
   */
  public static SortOrder fromParameter(String value) {
    if (value == null || value.isEmpty() || value.equalsIgnoreCase("ascending")) {
      return ASCENDING;
    }
    if (value.equalsIgnoreCase("descending")) {
      return DESCENDING;
    }
    throw ScimException.invalidValue(
        "sortOrder must be 'ascending' or 'descending', got '" + value + "'");
  }
}
