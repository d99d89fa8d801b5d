package io.scimitar.core.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.json.EncodedObject;
import io.scimitar.core.json.JsonContent;
import io.scimitar.core.json.JsonSink;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.schema.CommonAttributes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The top level of resources under one {@link Projection}: copies, writes or encodes what it
 * shows of each member, by the member's rule, with some members replaced by the caller's. The
 * URNs of extensions of which nothing is shown leave {@code schemas}. Thread-safe.
 */
final class ResourceMembers {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Kept with a resource written once, to encode it when it is written again. */
  private static final Object READ_ONCE = new Object();

  private final MemberRules rules;

  ResourceMembers(MemberRules rules) {
    this.rules = rules;
  }

  /** See {@link Projection#apply(ObjectNode, Map)}. */
  ObjectNode copy(ObjectNode canonicalTree, Map<String, JsonNode> replacedMembers) {
    ObjectNode result = NODES.objectNode();
    List<String> droppedExtensions = new ArrayList<>(0);
    forEachMember(canonicalTree, replacedMembers, (name, value) -> {
      Shown shown = rules.rule(name).shown();
      JsonNode copied = shown.copy(value);
      if (copied != null) {
        result.set(name, copied);
      } else if (shown instanceof ExtensionMembers) {
        droppedExtensions.add(name);
      }
    });
    if (!droppedExtensions.isEmpty()
        && result.get(CommonAttributes.SCHEMAS) instanceof ArrayNode schemas) {
      result.set(CommonAttributes.SCHEMAS, keptSchemas(schemas, droppedExtensions));
    }
    return result;
  }

  /** Writes what {@link #copy} would return. */
  void write(JsonSink out, ObjectNode canonicalTree, Map<String, JsonNode> replacedMembers)
      throws IOException {
    List<String> droppedExtensions = droppedExtensions(canonicalTree, replacedMembers);
    out.startObject();
    forEachMember(canonicalTree, replacedMembers, (name, value) -> {
      if (droppedExtensions.isEmpty() || !name.equals(CommonAttributes.SCHEMAS)) {
        rules.write(out, name, value);
      } else {
        out.name(rules.rule(name).name());
        out.value(keptSchemas(value, droppedExtensions));
      }
    });
    out.endObject();
  }

  /**
   * Content that writes what {@link #copy} would return, and keeps the resource's members,
   * encoded, with a resource written a second time (see
   * {@link Projection#content(ScimResource, Map)}).
   *
   * @param key what the rendering is kept under: the projection these members belong to
   */
  JsonContent keptContent(Object key, ScimResource resource,
      Map<String, JsonNode> replacedMembers) {
    ObjectNode tree = resource.view();
    if (replacesStructure(replacedMembers)) {
      return out -> write(out, tree, replacedMembers);
    }
    Object kept = resource.rendering(key);
    if (kept instanceof EncodedMembers encoded) {
      return out -> encoded.write(out, replacedMembers, rules);
    }
    if (kept == null) {
      resource.keepRendering(key, READ_ONCE);
      return out -> write(out, tree, replacedMembers);
    }
    return out -> {
      EncodedMembers encoded = encode(out, tree);
      resource.keepRendering(key, encoded);
      encoded.write(out, replacedMembers, rules);
    };
  }

  /**
   * Whether replacing these members could change what else is shown: an extension's URN leaves
   * {@code schemas} by what is shown of the extension, which encoded members do not follow.
   */
  private static boolean replacesStructure(Map<String, JsonNode> replacedMembers) {
    for (String name : replacedMembers.keySet()) {
      if (name.equals(CommonAttributes.SCHEMAS) || name.indexOf(':') >= 0) {
        return true;
      }
    }
    return false;
  }

  private EncodedMembers encode(JsonSink out, ObjectNode canonicalTree) throws IOException {
    List<String> droppedExtensions = droppedExtensions(canonicalTree, Map.of());
    EncodedObject.Builder encoder = out.encoder(canonicalTree.size());
    for (Map.Entry<String, JsonNode> member : canonicalTree.properties()) {
      String name = member.getKey();
      JsonNode value = member.getValue();
      MemberRules.Rule rule = rules.rule(name);
      if (!droppedExtensions.isEmpty() && name.equals(CommonAttributes.SCHEMAS)) {
        encoder.add(rule.name(), schemas -> schemas.value(keptSchemas(value, droppedExtensions)));
      } else if (rule.shown().showsAnything(value)) {
        encoder.add(rule.name(), shown -> rule.shown().write(shown, value));
      } else {
        encoder.add(rule.name(), null);
      }
    }
    return new EncodedMembers(encoder.build());
  }

  /**
   * The extensions of which nothing is shown: their URNs leave {@code schemas}, which comes
   * first, so they are known before anything is written.
   */
  private List<String> droppedExtensions(ObjectNode canonicalTree,
      Map<String, JsonNode> replacedMembers) {
    List<String> dropped = new ArrayList<>(0);
    forEachMember(canonicalTree, replacedMembers, (name, value) -> {
      if (name.indexOf(':') >= 0 && rules.rule(name).shown() instanceof ExtensionMembers
          extension && !extension.showsAnything(value)) {
        dropped.add(name);
      }
    });
    return dropped;
  }

  /** Calls {@code action} for each member shown in place of, or added to, the tree's own. */
  private static <E extends Exception> void forEachMember(ObjectNode canonicalTree,
      Map<String, JsonNode> replacedMembers, MemberAction<E> action) throws E {
    for (Map.Entry<String, JsonNode> member : canonicalTree.properties()) {
      String name = member.getKey();
      JsonNode value = replacedMembers.containsKey(name)
          ? replacedMembers.get(name)
          : member.getValue();
      if (value != null) {
        action.accept(name, value);
      }
    }
    for (Map.Entry<String, JsonNode> member : replacedMembers.entrySet()) {
      if (member.getValue() != null && !canonicalTree.has(member.getKey())) {
        action.accept(member.getKey(), member.getValue());
      }
    }
  }

  /** The {@code schemas} value without the URNs of extensions left out; a new array. */
  private static JsonNode keptSchemas(JsonNode schemas, List<String> droppedExtensions) {
    if (!(schemas instanceof ArrayNode urns)) {
      return schemas;
    }
    ArrayNode kept = NODES.arrayNode(urns.size());
    for (JsonNode urn : urns) {
      if (!containsIgnoringCase(droppedExtensions, urn.asText())) {
        kept.add(urn.deepCopy());
      }
    }
    return kept;
  }

  private static boolean containsIgnoringCase(List<String> names, String name) {
    for (String candidate : names) {
      if (candidate.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  /** What is done with each member of a tree, as {@link #forEachMember} hands it over. */
  @FunctionalInterface
  private interface MemberAction<E extends Exception> {
    void accept(String name, JsonNode value) throws E;
  }
}
