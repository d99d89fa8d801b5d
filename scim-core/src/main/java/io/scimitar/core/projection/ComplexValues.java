package io.scimitar.core.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.json.JsonSink;
import io.scimitar.core.schema.AttributeDefinition;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What is shown of a complex attribute's value or values: the sub-attributes the projection
 * shows, in each element. Elements left with nothing are left out, and so is an array left
 * empty. A value that is not an object, and a member the schema does not define, are shown when
 * the attribute as a whole is.
 */
final class ComplexValues implements Shown {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final AttributeDefinition attribute;
  private final boolean attributeShown;
  private final Set<String> shownSubAttributes;
  /** Whether every member of every element is shown: values are then taken as they are. */
  private final boolean everyMemberShown;

  /**
   * @param attributeShown whether the attribute as a whole is shown
   * @param shownSubAttributes the names (as the schema spells them) of the sub-attributes shown
   */
  ComplexValues(AttributeDefinition attribute, boolean attributeShown,
      Set<String> shownSubAttributes) {
    this.attribute = attribute;
    this.attributeShown = attributeShown;
    this.shownSubAttributes = Set.copyOf(shownSubAttributes);
    this.everyMemberShown =
        attributeShown && shownSubAttributes.size() == attribute.subAttributes().size();
  }

  @Override
  public JsonNode copy(JsonNode value) {
    if (everyMemberShown && noElementIsEmpty(value)) {
      return value.deepCopy();
    }
    if (!value.isArray()) {
      return copyElement(value);
    }
    ArrayNode result = NODES.arrayNode();
    for (JsonNode element : value) {
      JsonNode copied = copyElement(element);
      if (copied != null) {
        result.add(copied);
      }
    }
    return result.isEmpty() ? null : result;
  }

  private JsonNode copyElement(JsonNode element) {
    if (!element.isObject()) {
      return attributeShown ? element.deepCopy() : null;
    }
    ObjectNode result = NODES.objectNode();
    for (Map.Entry<String, JsonNode> member : element.properties()) {
      if (shows(member.getKey())) {
        result.set(member.getKey(), member.getValue().deepCopy());
      }
    }
    return result.isEmpty() ? null : result;
  }

  @Override
  public boolean showsAnything(JsonNode value) {
    if (!value.isArray()) {
      return elementShowsAnything(value);
    }
    for (JsonNode element : value) {
      if (elementShowsAnything(element)) {
        return true;
      }
    }
    return false;
  }

  private boolean elementShowsAnything(JsonNode element) {
    if (!element.isObject()) {
      return attributeShown;
    }
    for (Map.Entry<String, JsonNode> member : element.properties()) {
      if (shows(member.getKey())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void write(JsonSink out, JsonNode value) throws IOException {
    if (everyMemberShown && noElementIsEmpty(value)) {
      out.value(value);
    } else if (!value.isArray()) {
      writeElement(out, value);
    } else {
      out.startArray();
      for (JsonNode element : value) {
        if (elementShowsAnything(element)) {
          writeElement(out, element);
        }
      }
      out.endArray();
    }
  }

  private void writeElement(JsonSink out, JsonNode element) throws IOException {
    if (!element.isObject()) {
      out.value(element);
      return;
    }
    out.startObject();
    for (Map.Entry<String, JsonNode> member : element.properties()) {
      if (shows(member.getKey())) {
        out.name(member.getKey());
        out.value(member.getValue());
      }
    }
    out.endObject();
  }

  private boolean shows(String memberName) {
    if (everyMemberShown) {
      return true;
    }
    Optional<AttributeDefinition> sub = attribute.subAttribute(memberName);
    return sub.isPresent() ? shownSubAttributes.contains(sub.get().name()) : attributeShown;
  }

  /** Whether the value holds no empty object and is no empty array, which are left out. */
  private static boolean noElementIsEmpty(JsonNode value) {
    if (!value.isArray()) {
      return !(value.isObject() && value.isEmpty());
    }
    if (value.isEmpty()) {
      return false;
    }
    for (JsonNode element : value) {
      if (element.isObject() && element.isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
