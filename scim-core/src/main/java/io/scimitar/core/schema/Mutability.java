package io.scimitar.core.schema;

import io.scimitar.core.error.ScimException;

/** The {@code mutability} characteristic of RFC 7643 §7. */
public enum Mutability {
  READ_ONLY("readOnly"),
  READ_WRITE("readWrite"),
  IMMUTABLE("immutable"),
  WRITE_ONLY("writeOnly");

  private final String scimName;

  Mutability(String scimName) {
    this.scimName = scimName;
  }

  /** The name used in schema documents. */
  public String scimName() {
    return scimName;
  }

  /** Parses a schema-document name, case-insensitively. */
  public static Mutability fromScimName(String name) {
    for (Mutability value : values()) {
      if (value.scimName.equalsIgnoreCase(name)) {
        return value;
      }
    }
    throw ScimException.invalidValue("unknown mutability '" + name + "'");
  }
}
