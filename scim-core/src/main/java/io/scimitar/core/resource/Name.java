package io.scimitar.core.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The {@code name} of a User (RFC 7643 §4.1.1). Any field may be null.
 *
 * @param formatted the full name, formatted for display
 * @param familyName the family name
 * @param givenName the given name
 * @param middleName the middle name(s)
 * @param honorificPrefix e.g. {@code Ms.}
 * @param honorificSuffix e.g. {@code III}
 * @param otherAttributes sub-attributes without a field here, or whose value does not fit one
 */
public record Name(
    String formatted,
    String familyName,
    String givenName,
    String middleName,
    String honorificPrefix,
    String honorificSuffix,
    Map<String, JsonNode> otherAttributes) {

  public Name {
    otherAttributes = OtherAttributes.copy(otherAttributes);
  }

  /** A name with only given and family name. */
  public static Name of(String givenName, String familyName) {
    return new Name(null, familyName, givenName, null, null, null, Map.of());
  }

  static Name read(ObjectNode node) {
    FieldReader in = new FieldReader(node);
    return new Name(in.text("formatted"), in.text("familyName"), in.text("givenName"),
        in.text("middleName"), in.text("honorificPrefix"), in.text("honorificSuffix"), in.rest());
  }

  ObjectNode write() {
    return new FieldWriter()
        .text("formatted", formatted)
        .text("familyName", familyName)
        .text("givenName", givenName)
        .text("middleName", middleName)
        .text("honorificPrefix", honorificPrefix)
        .text("honorificSuffix", honorificSuffix)
        .rest(otherAttributes)
        .node();
  }
}
