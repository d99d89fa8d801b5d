package io.scimitar.core.error;

/**
 * The {@code scimType} detail error keywords of RFC 7644 §3.12, plus the cursor errors of
 * RFC 9865.
 */
public enum ScimType {
  INVALID_FILTER("invalidFilter"),
  TOO_MANY("tooMany"),
  UNIQUENESS("uniqueness"),
  MUTABILITY("mutability"),
  INVALID_SYNTAX("invalidSyntax"),
  INVALID_PATH("invalidPath"),
  NO_TARGET("noTarget"),
  INVALID_VALUE("invalidValue"),
  INVALID_VERS("invalidVers"),
  SENSITIVE("sensitive"),
  INVALID_CURSOR("invalidCursor"),
  EXPIRED_CURSOR("expiredCursor");

  private final String keyword;

  ScimType(String keyword) {
    this.keyword = keyword;
  }

  /** The keyword as it appears in a SCIM error body, e.g. {@code invalidFilter}. */
  public String keyword() {
    return keyword;
  }
}
