package io.scimitar.core.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.path.ResolvedPath;
import io.scimitar.core.schema.CommonAttributes;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The tree a PATCH request builds: reads and writes top-level attributes, core and common ones at
 * the root, extension attributes inside the object named by their schema URN. Extension objects
 * are created on first write and dropped when they become empty; {@link #syncSchemas} then keeps
 * the {@code schemas} list in step.
 *
 * <p>Copy-on-write: the tree starts as a new root holding the input's own nodes, and the input
 * is never changed. A node is copied only when it is about to change (an attribute by
 * {@link #edit}, an extension object or {@code schemas} on their first change), so a request
 * costs what it touches, not the size of the resource, and every attribute it did not touch is
 * still the input's very node, which lets the validator skip it.
 */
final class ResourceTree {
  private final ObjectNode root;
  private final ResourceSchema schema;
  /** The containers and values this tree has copied or created, which it may change in place. */
  private final Set<JsonNode> owned = Collections.newSetFromMap(new IdentityHashMap<>(8));

  /** @param input the resource; never changed */
  ResourceTree(ObjectNode input, ResourceSchema schema) {
    this.root = JsonNodeFactory.instance.objectNode();
    this.root.setAll(input);
    this.schema = schema;
  }

  /** The tree as it stands: the input's nodes where nothing changed. */
  ObjectNode root() {
    return root;
  }

  /**
   * The attribute's value, or null when it is absent or JSON {@code null}. It may be the
   * input's node: change it only through {@link #edit}.
   */
  JsonNode get(ResolvedPath attribute) {
    return valueIn(root, attribute);
  }

  /** A top-level attribute's value in a canonical tree, or null when absent or JSON null. */
  static JsonNode valueIn(ObjectNode tree, ResolvedPath attribute) {
    String urn = attribute.path().schema();
    JsonNode container = urn == null ? tree : tree.get(urn);
    JsonNode value = container == null ? null : container.get(attribute.attribute().name());
    return value == null || value.isNull() ? null : value;
  }

  /**
   * The attribute's value as a node of this tree that may be changed in place (a copy the first
   * time), or null when it is absent or JSON {@code null}.
   */
  JsonNode edit(ResolvedPath attribute) {
    JsonNode value = get(attribute);
    if (value == null || owned.contains(value)) {
      return value;
    }
    JsonNode copy = value.deepCopy();
    put(attribute, copy);
    return copy;
  }

  /**
   * Sets the attribute's value, creating its extension object if needed. The value becomes
   * this tree's: the engine passes only values it built.
   */
  void put(ResolvedPath attribute, JsonNode value) {
    String urn = attribute.path().schema();
    ObjectNode container = urn == null ? root : ownedExtension(urn);
    container.set(attribute.attribute().name(), value);
    owned.add(value);
  }

  /** Removes the attribute; an extension object left empty goes too. */
  void remove(ResolvedPath attribute) {
    String name = attribute.attribute().name();
    String urn = attribute.path().schema();
    if (urn == null) {
      root.remove(name);
      return;
    }
    if (root.get(urn) instanceof ObjectNode extension) {
      ObjectNode container = extension;
      if (extension.has(name)) {
        container = ownedExtension(urn);
        container.remove(name);
      }
      if (container.isEmpty()) {
        root.remove(urn);
      }
    }
  }

  /**
   * Makes {@code schemas} list exactly the core schema and the extensions the resource carries,
   * keeping unrelated entries and their order. Does nothing when the tree has no {@code schemas}.
   */
  void syncSchemas() {
    if (!(root.get(CommonAttributes.SCHEMAS) instanceof ArrayNode current)) {
      return;
    }
    List<String> wanted = new ArrayList<>();
    for (Schema extension : schema.extensions()) {
      if (root.get(extension.id()) instanceof ObjectNode object && !object.isEmpty()) {
        wanted.add(extension.id());
      }
    }
    ArrayNode schemas = null;
    for (int i = current.size() - 1; i >= 0; i--) {
      String urn = current.get(i).asText();
      boolean extension = schema.extension(urn).isPresent();
      if (extension && wanted.stream().noneMatch(urn::equalsIgnoreCase)) {
        schemas = schemas == null ? current.deepCopy() : schemas;
        schemas.remove(i);
      }
    }
    for (String urn : wanted) {
      boolean listed = false;
      for (JsonNode entry : current) {
        listed |= entry.asText().equalsIgnoreCase(urn);
      }
      if (!listed) {
        schemas = schemas == null ? current.deepCopy() : schemas;
        schemas.add(urn);
      }
    }
    if (schemas != null) {
      root.set(CommonAttributes.SCHEMAS, schemas);
    }
  }

  /** The extension object, copied on its first change, or created. */
  private ObjectNode ownedExtension(String urn) {
    JsonNode existing = root.get(urn);
    if (existing instanceof ObjectNode object && owned.contains(object)) {
      return object;
    }
    ObjectNode extension = root.putObject(urn);
    if (existing instanceof ObjectNode object) {
      extension.setAll(object);
    }
    owned.add(extension);
    return extension;
  }
}
