package io.scimitar.core.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The {@code manager} of an Enterprise User (RFC 7643 §4.3). Any field may be null.
 *
 * @param value the manager's id
 * @param ref the manager's URI ({@code $ref})
 * @param displayName the manager's displayName (read-only)
 * @param otherAttributes sub-attributes without a field here, or whose value does not fit one
 */
public record Manager(
    String value, String ref, String displayName, Map<String, JsonNode> otherAttributes) {

  public Manager {
    otherAttributes = OtherAttributes.copy(otherAttributes);
  }

  /** A manager known by id. */
  public static Manager of(String value) {
    return new Manager(value, null, null, Map.of());
  }

  static Manager read(ObjectNode node) {
    FieldReader in = new FieldReader(node);
    return new Manager(in.text("value"), in.text("$ref"), in.text("displayName"), in.rest());
  }

  ObjectNode write() {
    return new FieldWriter()
        .text("value", value)
        .text("$ref", ref)
        .text("displayName", displayName)
        .rest(otherAttributes)
        .node();
  }
}
