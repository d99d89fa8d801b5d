package io.scimitar.store.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.patch.MemberRef;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.CommonAttributes;
import io.scimitar.core.schema.ResourceSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code members} attribute of a group-like resource type (any type whose core schema has a
 * multi-valued complex {@code members} attribute with a {@code value}), and the conversions
 * between member rows and the attribute's JSON form. The store keeps members as rows apart from
 * the group's tree and puts them back only when a caller wants them.
 *
 * @param name the attribute's canonical name
 * @param coreUrn the core schema URN of the resource type
 */
record MemberAttribute(String name, String coreUrn) {
  private static final String MEMBERS = "members";
  private static final String VALUE = "value";
  private static final String DISPLAY = "display";
  private static final String TYPE = "type";
  private static final String REF = "$ref";

  /** The members attribute of a resource type, if it is group-like. */
  static Optional<MemberAttribute> of(ResourceSchema schema) {
    return schema.coreSchema().attribute(MEMBERS)
        .filter(AttributeDefinition::multiValued)
        .filter(attribute -> attribute.subAttribute(VALUE).isPresent())
        .map(attribute -> new MemberAttribute(attribute.name(), schema.coreSchema().id()));
  }

  /** Whether a path names this attribute or one of its sub-attributes. */
  boolean isNamedBy(AttributePath path) {
    return path.name().equalsIgnoreCase(name)
        && (path.schema() == null || path.schema().equalsIgnoreCase(coreUrn));
  }

  /** The tree without its members: the tree itself when it has none, else a shallow copy. */
  ObjectNode strip(ObjectNode tree) {
    if (!tree.has(name)) {
      return tree;
    }
    ObjectNode stripped = tree.objectNode();
    tree.properties().forEach(entry -> {
      if (!entry.getKey().equals(name)) {
        stripped.set(entry.getKey(), entry.getValue());
      }
    });
    return stripped;
  }

  /**
   * The member rows a tree carries, in order.
   *
   * @throws ScimException 400 {@code invalidValue} when a member has no textual value
   */
  List<MemberRef> read(ObjectNode tree) {
    JsonNode members = tree.get(name);
    if (members == null || members.isNull()) {
      return List.of();
    }
    List<MemberRef> rows = new ArrayList<>(members.size());
    for (JsonNode member : members) {
      JsonNode value = member.get(VALUE);
      if (value == null || !value.isTextual() || value.asText().isEmpty()) {
        throw ScimException.invalidValue("every member of '" + name + "' needs a 'value'");
      }
      rows.add(new MemberRef(
          value.asText(), text(member, DISPLAY), text(member, TYPE), text(member, REF)));
    }
    return rows;
  }

  private static String text(JsonNode member, String field) {
    JsonNode value = member.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  /**
   * A new tree holding the stored attributes and these members, placed before {@code meta}.
   * Attribute values are shared with the stored tree, which is immutable.
   */
  ObjectNode join(ObjectNode stored, Collection<MemberRef> members) {
    if (members.isEmpty()) {
      return stored;
    }
    ObjectNode joined = stored.objectNode();
    for (Map.Entry<String, JsonNode> entry : stored.properties()) {
      if (entry.getKey().equals(CommonAttributes.META)) {
        joined.set(name, toJson(members));
      }
      joined.set(entry.getKey(), entry.getValue());
    }
    if (!joined.has(name)) {
      joined.set(name, toJson(members));
    }
    return joined;
  }

  private static ArrayNode toJson(Collection<MemberRef> members) {
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
