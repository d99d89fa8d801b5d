package io.scimitar.core.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.path.ResolvedPath;
import io.scimitar.core.schema.CommonAttributes;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes top-level attributes of a canonical resource tree: core and common attributes
 * at the root, extension attributes inside the object named by their schema URN. Extension
 * objects are created on first write and dropped when they become empty; {@link #syncSchemas}
 * then keeps the {@code schemas} list in step.
 */
final class ResourceTree {
  private final ObjectNode root;
  private final ResourceSchema schema;

  ResourceTree(ObjectNode root, ResourceSchema schema) {
    this.root = root;
    this.schema = schema;
  }

  /** The attribute's value, or null when it is absent or JSON {@code null}. */
  JsonNode get(ResolvedPath attribute) {
    JsonNode container = container(attribute);
    JsonNode value = container == null ? null : container.get(attribute.attribute().name());
    return value == null || value.isNull() ? null : value;
  }

  /** Sets the attribute's value, creating its extension object if needed. */
  void put(ResolvedPath attribute, JsonNode value) {
    String urn = attribute.path().schema();
    ObjectNode container = root;
    if (urn != null) {
      JsonNode existing = root.get(urn);
      container = existing instanceof ObjectNode object ? object : root.putObject(urn);
    }
    container.set(attribute.attribute().name(), value);
  }

  /** Removes the attribute; an extension object left empty goes too. */
  void remove(ResolvedPath attribute) {
    JsonNode container = container(attribute);
    if (container instanceof ObjectNode object) {
      object.remove(attribute.attribute().name());
      String urn = attribute.path().schema();
      if (urn != null && object.isEmpty()) {
        root.remove(urn);
      }
    }
  }

  /**
   * Makes {@code schemas} list exactly the core schema and the extensions the resource carries,
   * keeping unrelated entries and their order. Does nothing when the tree has no {@code schemas}.
   */
  void syncSchemas() {
    if (!(root.get(CommonAttributes.SCHEMAS) instanceof ArrayNode schemas)) {
      return;
    }
    List<String> wanted = new ArrayList<>();
    for (Schema extension : schema.extensions()) {
      if (root.get(extension.id()) instanceof ObjectNode object && !object.isEmpty()) {
        wanted.add(extension.id());
      }
    }
    for (int i = schemas.size() - 1; i >= 0; i--) {
      String urn = schemas.get(i).asText();
      boolean extension = schema.extension(urn).isPresent();
      if (extension && wanted.stream().noneMatch(urn::equalsIgnoreCase)) {
        schemas.remove(i);
      }
    }
    for (String urn : wanted) {
      boolean listed = false;
      for (JsonNode entry : schemas) {
        listed |= entry.asText().equalsIgnoreCase(urn);
      }
      if (!listed) {
        schemas.add(urn);
      }
    }
  }

  private JsonNode container(ResolvedPath attribute) {
    String urn = attribute.path().schema();
    return urn == null ? root : root.get(urn);
  }
}
