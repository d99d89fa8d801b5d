package io.scimitar.core.error;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON body of a SCIM error response (RFC 7644 §3.12), shared by every binding and by bulk
 * responses so that an error looks the same wherever it is reported. {@code status} is a string,
 * as the RFC's schema defines it.
 */
public final class ErrorDocument {
  /** URN of error responses. */
  public static final String ERROR_URN = "urn:ietf:params:scim:api:messages:2.0:Error";

  private ErrorDocument() {}

  /** The body for a protocol failure. */
  public static ObjectNode of(ScimException error) {
    return of(error.status(), error.scimType().orElse(null), error.detail());
  }

  /**
   * The body for a status, an optional keyword and a client-safe detail.
   *
   * @param scimType the keyword, or null when none applies
   * @param detail the detail, or null for none
   */
  public static ObjectNode of(int status, ScimType scimType, String detail) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.putArray("schemas").add(ERROR_URN);
    body.put("status", Integer.toString(status));
    if (scimType != null) {
      body.put("scimType", scimType.keyword());
    }
    if (detail != null && !detail.isEmpty()) {
      body.put("detail", detail);
    }
    return body;
  }
}
