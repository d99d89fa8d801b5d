package io.scimitar.core.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * One entry of a User's read-only {@code groups} (RFC 7643 §4.1.2): a group the user belongs to.
 * Any field may be null.
 *
 * @param value the group's id
 * @param ref the group's URI ({@code $ref})
 * @param display the group's displayName
 * @param type {@code direct} or {@code indirect}
 * @param otherAttributes sub-attributes without a field here, or whose value does not fit one
 */
public record GroupMembership(
    String value, String ref, String display, String type,
    Map<String, JsonNode> otherAttributes) {

  public GroupMembership {
    otherAttributes = OtherAttributes.copy(otherAttributes);
  }

  static GroupMembership read(ObjectNode node) {
    FieldReader in = new FieldReader(node);
    return new GroupMembership(in.text("value"), in.text("$ref"), in.text("display"),
        in.text("type"), in.rest());
  }

  ObjectNode write() {
    return new FieldWriter()
        .text("value", value)
        .text("$ref", ref)
        .text("display", display)
        .text("type", type)
        .rest(otherAttributes)
        .node();
  }
}
