package io.scimitar.core.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * One of a Group's {@code members} (RFC 7643 §4.2). Any field may be null.
 *
 * @param value the member's id
 * @param ref the member's URI ({@code $ref})
 * @param type {@code User} or {@code Group}
 * @param display the member's display name
 * @param otherAttributes sub-attributes without a field here, or whose value does not fit one
 */
public record Member(
    String value, String ref, String type, String display,
    Map<String, JsonNode> otherAttributes) {

  public Member {
    otherAttributes = OtherAttributes.copy(otherAttributes);
  }

  /** A member known by id and type ({@code User} or {@code Group}). */
  public static Member of(String value, String type) {
    return new Member(value, null, type, null, Map.of());
  }

  static Member read(ObjectNode node) {
    FieldReader in = new FieldReader(node);
    return new Member(in.text("value"), in.text("$ref"), in.text("type"), in.text("display"),
        in.rest());
  }

  ObjectNode write() {
    return new FieldWriter()
        .text("value", value)
        .text("$ref", ref)
        .text("type", type)
        .text("display", display)
        .rest(otherAttributes)
        .node();
  }
}
