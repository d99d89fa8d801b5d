package io.scimitar.core.schema;

import io.scimitar.core.error.ScimException;

/** The {@code returned} characteristic of RFC 7643 §7. */
public enum Returned {
  ALWAYS("always"),
  NEVER("never"),
  DEFAULT("default"),
  REQUEST("request");

  private final String scimName;

  Returned(String scimName) {
    this.scimName = scimName;
  }

  /** The name used in schema documents. */
  public String scimName() {
    return scimName;
  }

  /** Parses a schema-document name, case-insensitively. */
  public static Returned fromScimName(String name) {
    for (Returned value : values()) {
      if (value.scimName.equalsIgnoreCase(name)) {
        return value;
      }
    }
    throw ScimException.invalidValue("unknown returned value '" + name + "'");
  }
}
