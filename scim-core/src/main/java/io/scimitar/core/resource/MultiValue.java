package io.scimitar.core.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * One value of a multi-valued User attribute with the standard sub-attributes of RFC 7643 §2.4:
 * {@code emails}, {@code phoneNumbers}, {@code ims}, {@code photos}, {@code entitlements},
 * {@code roles} and {@code x509Certificates} (whose value is base64 DER). Any field may be null.
 *
 * @param value the value, e.g. an email address
 * @param display a human-readable form
 * @param type a label such as {@code work} or {@code home}
 * @param primary whether this is the preferred value
 * @param otherAttributes sub-attributes without a field here, or whose value does not fit one
 */
public record MultiValue(
    String value, String display, String type, Boolean primary,
    Map<String, JsonNode> otherAttributes) {

  public MultiValue {
    otherAttributes = OtherAttributes.copy(otherAttributes);
  }

  /** A value with a type, marked primary or not. */
  public static MultiValue of(String value, String type, boolean primary) {
    return new MultiValue(value, null, type, primary, Map.of());
  }

  /** Whether {@code primary} is true. */
  public boolean isPrimary() {
    return Boolean.TRUE.equals(primary);
  }

  static MultiValue read(ObjectNode node) {
    FieldReader in = new FieldReader(node);
    return new MultiValue(in.text("value"), in.text("display"), in.text("type"),
        in.bool("primary"), in.rest());
  }

  ObjectNode write() {
    return new FieldWriter()
        .text("value", value)
        .text("display", display)
        .text("type", type)
        .bool("primary", primary)
        .rest(otherAttributes)
        .node();
  }
}
