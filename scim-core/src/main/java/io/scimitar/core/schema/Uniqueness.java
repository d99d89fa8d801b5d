package io.scimitar.core.schema;

import io.scimitar.core.error.ScimException;

/** The {@code uniqueness} characteristic of RFC 7643 §7. */
public enum Uniqueness {
  NONE("none"),
  SERVER("server"),
  GLOBAL("global");

  private final String scimName;

  Uniqueness(String scimName) {
    this.scimName = scimName;
  }

  /** The name used in schema documents. */
  public String scimName() {
    return scimName;
  }

  /** Parses a schema-document name, case-insensitively. */
  public static Uniqueness fromScimName(String name) {
    for (Uniqueness value : values()) {
      if (value.scimName.equalsIgnoreCase(name)) {
        return value;
      }
    }
    throw ScimException.invalidValue("unknown uniqueness '" + name + "'");
  }
}
