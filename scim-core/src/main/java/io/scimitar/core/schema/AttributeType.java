package io.scimitar.core.schema;

import io.scimitar.core.error.ScimException;

/** The data types of RFC 7643 §2.3. */
public enum AttributeType {
  STRING("string"),
  BOOLEAN("boolean"),
  DECIMAL("decimal"),
  INTEGER("integer"),
  DATE_TIME("dateTime"),
  BINARY("binary"),
  REFERENCE("reference"),
  COMPLEX("complex");

  private final String scimName;

  AttributeType(String scimName) {
    this.scimName = scimName;
  }

  /** The name used in schema documents, e.g. {@code dateTime}. */
  public String scimName() {
    return scimName;
  }

  /** Whether values of this type are compared as text (string, reference, binary). */
  public boolean isTextual() {
    return this == STRING || this == REFERENCE || this == BINARY;
  }

  /** Parses a schema-document type name, case-insensitively. */
  public static AttributeType fromScimName(String name) {
    for (AttributeType type : values()) {
      if (type.scimName.equalsIgnoreCase(name)) {
        return type;
      }
    }
    throw ScimException.invalidValue("unknown attribute type '" + name + "'");
  }
}
