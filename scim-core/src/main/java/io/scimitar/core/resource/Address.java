package io.scimitar.core.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * One of a User's {@code addresses} (RFC 7643 §4.1.2). Any field may be null.
 *
 * @param formatted the full address, formatted for display
 * @param streetAddress street, house number, ...
 * @param locality city
 * @param region state or region
 * @param postalCode postal code
 * @param country country, as ISO 3166-1 alpha-2 code
 * @param type {@code work}, {@code home} or {@code other}
 * @param primary whether this is the preferred address
 * @param otherAttributes sub-attributes without a field here, or whose value does not fit one
 */
public record Address(
    String formatted,
    String streetAddress,
    String locality,
    String region,
    String postalCode,
    String country,
    String type,
    Boolean primary,
    Map<String, JsonNode> otherAttributes) {

  public Address {
    otherAttributes = OtherAttributes.copy(otherAttributes);
  }

  /** Whether {@code primary} is true. */
  public boolean isPrimary() {
    return Boolean.TRUE.equals(primary);
  }

  static Address read(ObjectNode node) {
    FieldReader in = new FieldReader(node);
    return new Address(in.text("formatted"), in.text("streetAddress"), in.text("locality"),
        in.text("region"), in.text("postalCode"), in.text("country"), in.text("type"),
        in.bool("primary"), in.rest());
  }

  ObjectNode write() {
    return new FieldWriter()
        .text("formatted", formatted)
        .text("streetAddress", streetAddress)
        .text("locality", locality)
        .text("region", region)
        .text("postalCode", postalCode)
        .text("country", country)
        .text("type", type)
        .bool("primary", primary)
        .rest(otherAttributes)
        .node();
  }
}
