package io.scimitar.store.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.patch.MemberRef;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.CommonAttributes;
import io.scimitar.core.schema.ResourceSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code members} attribute of a group-like resource type (one whose core schema has a
 * multi-valued {@code members} with a {@code value}). The store keeps members as rows of
 * {@code scim_member}, apart from the group's document, and joins them back only when a caller
 * wants them.
 *
 * @param definition the attribute's definition
 */
record GroupMembers(AttributeDefinition definition) {
  static final String VALUE = "value";
  static final String DISPLAY = "display";
  static final String TYPE = "type";
  static final String REF = "$ref";

  /** The members attribute of a resource type, if it is group-like. */
  static Optional<GroupMembers> of(ResourceSchema schema) {
    return schema.coreSchema().attribute("members")
        .filter(AttributeDefinition::multiValued)
        .filter(attribute -> attribute.subAttribute(VALUE).isPresent())
        .map(GroupMembers::new);
  }

  /** The attribute's canonical name. */
  String name() {
    return definition.name();
  }

  /** The definition of a member's {@code value}. */
  AttributeDefinition valueDefinition() {
    return definition.subAttribute(VALUE).orElseThrow();
  }

  /**
   * The members a tree carries, in order, each id once (the first occurrence wins, as adding an
   * existing member does).
   *
   * @throws ScimException 400 {@code invalidValue} when a member has no textual value
   */
  List<MemberRef> read(ObjectNode tree) {
    JsonNode members = tree.get(name());
    if (members == null || members.isNull()) {
      return List.of();
    }
    Map<String, MemberRef> unique = new LinkedHashMap<>();
    for (JsonNode member : members) {
      JsonNode value = member.get(VALUE);
      if (value == null || !value.isTextual() || value.asText().isEmpty()) {
        throw ScimException.invalidValue("every member of '" + name() + "' needs a 'value'");
      }
      unique.putIfAbsent(value.asText(), new MemberRef(
          value.asText(), text(member, DISPLAY), text(member, TYPE), text(member, REF)));
    }
    return new ArrayList<>(unique.values());
  }

  private static String text(JsonNode member, String field) {
    JsonNode value = member.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  /** The tree without its members: the tree itself when it has none, else a shallow copy. */
  ObjectNode strip(ObjectNode tree) {
    if (!tree.has(name())) {
      return tree;
    }
    ObjectNode stripped = tree.objectNode();
    tree.properties().forEach(entry -> {
      if (!entry.getKey().equals(name())) {
        stripped.set(entry.getKey(), entry.getValue());
      }
    });
    return stripped;
  }

  /** A tree holding the stored attributes and these members, placed before {@code meta}. */
  ObjectNode join(ObjectNode stored, List<MemberRef> members) {
    if (members.isEmpty()) {
      return stored;
    }
    ObjectNode joined = stored.objectNode();
    for (Map.Entry<String, JsonNode> entry : stored.properties()) {
      if (entry.getKey().equals(CommonAttributes.META)) {
        joined.set(name(), toJson(members));
      }
      joined.set(entry.getKey(), entry.getValue());
    }
    if (!joined.has(name())) {
      joined.set(name(), toJson(members));
    }
    return joined;
  }

  private static ArrayNode toJson(List<MemberRef> members) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode(members.size());
    for (MemberRef member : members) {
      ObjectNode json = array.addObject();
      json.put(VALUE, member.value());
      if (member.ref() != null) {
        json.put(REF, member.ref());
      }
      if (member.display() != null) {
        json.put(DISPLAY, member.display());
      }
      if (member.type() != null) {
        json.put(TYPE, member.type());
      }
    }
    return array;
  }
}
