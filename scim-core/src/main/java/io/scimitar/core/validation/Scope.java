package io.scimitar.core.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.CommonAttributes;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a group of top-level attributes lives in a canonical tree: the core schema's and the
 * common attributes at the root, each extension's in the object under its URN.
 *
 * @param urn the extension URN, or null for the root
 * @param attributes the attributes found there
 */
record Scope(String urn, List<AttributeDefinition> attributes) {

  /** The root scope followed by one scope per extension. */
  static List<Scope> of(ResourceSchema resourceSchema) {
    List<AttributeDefinition> root = new ArrayList<>(resourceSchema.coreSchema().attributes());
    root.addAll(CommonAttributes.all());
    List<Scope> scopes = new ArrayList<>();
    scopes.add(new Scope(null, List.copyOf(root)));
    for (Schema extension : resourceSchema.extensions()) {
      scopes.add(new Scope(extension.id(), extension.attributes()));
    }
    return List.copyOf(scopes);
  }

  /** The object holding this scope's attributes in {@code tree}, or null when there is none. */
  ObjectNode in(ObjectNode tree) {
    return urn == null ? tree : Nodes.object(tree, urn);
  }

  /** The object holding this scope's attributes, created when missing. */
  ObjectNode createIn(ObjectNode tree) {
    if (urn == null) {
      return tree;
    }
    JsonNode existing = tree.get(urn);
    return existing instanceof ObjectNode object ? object : tree.putObject(urn);
  }

  /** The attribute's path for error details. */
  String label(AttributeDefinition attribute) {
    return urn == null ? attribute.name() : urn + ":" + attribute.name();
  }
}
