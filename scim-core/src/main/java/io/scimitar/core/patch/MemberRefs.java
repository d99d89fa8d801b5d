package io.scimitar.core.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.resource.AttributeValues;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads {@link MemberRef}s out of member values and compares member lists. */
final class MemberRefs {
  static final String VALUE = "value";
  static final String DISPLAY = "display";
  static final String TYPE = "type";
  static final String REF = "$ref";

  private MemberRefs() {}

  /**
   * One member as a reference: {@code value} (the member's id, required), {@code type} and
   * {@code $ref} from the canonical value, and {@code display} as the client sent it (the
   * validator drops it, being readOnly in the Group schema, but it is kept for the store).
   *
   * @param canonical the coerced value, or null when nothing of it remained
   * @param sent the value as sent
   * @param position the member's position in the operation's value, from 1, for errors
   */
  static MemberRef read(
      JsonNode canonical, JsonNode sent, int position, OperationContext context) {
    String value = JsonValues.text(canonical, VALUE);
    if (value == null || value.isBlank()) {
      throw context.invalidValue("member " + position + " has no 'value' (the member's id)");
    }
    JsonNode display = JsonValues.field(sent, DISPLAY);
    if (!AttributeValues.isUnassigned(display) && !display.isTextual()) {
      throw context.invalidValue("member " + position + " has a 'display' that is "
          + JsonValues.kind(display) + ", not a string");
    }
    return new MemberRef(value, AttributeValues.isUnassigned(display) ? null : display.textValue(),
        JsonValues.text(canonical, TYPE), JsonValues.text(canonical, REF));
  }

  /** The canonical JSON form of a member. */
  static ObjectNode toJson(MemberRef member) {
    ObjectNode element = JsonNodeFactory.instance.objectNode().put(VALUE, member.value());
    if (member.display() != null) {
      element.put(DISPLAY, member.display());
    }
    if (member.type() != null) {
      element.put(TYPE, member.type());
    }
    if (member.ref() != null) {
      element.put(REF, member.ref());
    }
    return element;
  }

  /** The ids of a member array's elements, skipping elements without one. */
  static Set<String> ids(JsonNode array) {
    Set<String> ids = new HashSet<>();
    if (array != null && array.isArray()) {
      for (JsonNode element : array) {
        String id = JsonValues.text(element, VALUE);
        if (id != null) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  /**
   * The change between two member arrays, by member id: who left, then who joined. A member
   * whose other sub-attributes changed is the same member and no change.
   */
  static List<MembershipChange> diff(JsonNode before, JsonNode after) {
    Set<String> beforeIds = ids(before);
    Set<String> afterIds = ids(after);
    Set<String> left = new HashSet<>(beforeIds);
    left.removeAll(afterIds);
    List<MemberRef> joined = new ArrayList<>();
    if (after != null && after.isArray()) {
      Set<String> seen = new HashSet<>();
      for (JsonNode element : after) {
        String id = JsonValues.text(element, VALUE);
        if (id != null && !beforeIds.contains(id) && seen.add(id)) {
          joined.add(new MemberRef(id, JsonValues.text(element, DISPLAY),
              JsonValues.text(element, TYPE), JsonValues.text(element, REF)));
        }
      }
    }
    List<MembershipChange> changes = new ArrayList<>(2);
    if (!left.isEmpty()) {
      changes.add(new MembershipChange.Remove(left));
    }
    if (!joined.isEmpty()) {
      changes.add(new MembershipChange.Add(joined));
    }
    return changes;
  }
}
