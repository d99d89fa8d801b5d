package io.scimitar.core.projection;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.core.json.EncodedJson;
import io.scimitar.core.json.EncodedObject;
import io.scimitar.core.json.JsonSink;
import java.io.IOException;
import java.util.Map;

/**
 * A stored resource's top-level members as a projection shows them, encoded as JSON once: a
 * response body of the resource, less the members a service serves in place of the stored ones.
 * A {@link Projection} keeps it with a resource that is read again, so that later reads of the
 * same version copy bytes instead of walking the tree.
 *
 * <p>A value served in place of a stored member is encoded too, and kept for as long as the
 * service serves the same instance: a service that keeps its {@code meta} with its location
 * for a resource (see {@link io.scimitar.core.resource.ScimResource#metaAt}) has it encoded once.
 * Thread-safe: what it keeps is immutable, and two threads that encode the same value at once
 * both keep a correct encoding.
 */
final class EncodedMembers {
  /** The stored members, in the stored order. */
  private final EncodedObject stored;
  /** By member index, the last value served in place of the stored one, encoded. */
  private final Replacement[] replacements;

  EncodedMembers(EncodedObject stored) {
    this.stored = stored;
    this.replacements = new Replacement[stored.size()];
  }

  /**
   * Writes the resource with some members replaced, as
   * {@link Projection#content(io.scimitar.core.resource.ScimResource, Map)} does.
   *
   * @param replacedMembers neither {@code schemas} nor an extension, whose replacement could
   *     change what else is shown
   * @param rules the projection's rules, for the replacing values
   */
  void write(JsonSink out, Map<String, JsonNode> replacedMembers, MemberRules rules)
      throws IOException {
    out.startObject();
    int unreplaced = 0;
    for (int i = 0; i < stored.size(); i++) {
      String name = stored.name(i).getValue();
      if (replacedMembers.containsKey(name)) {
        out.members(stored, unreplaced, i);
        unreplaced = i + 1;
        writeReplacement(out, i, replacedMembers.get(name), rules);
      }
    }
    out.members(stored, unreplaced, stored.size());
    for (Map.Entry<String, JsonNode> member : replacedMembers.entrySet()) {
      if (member.getValue() != null && !stores(member.getKey())) {
        rules.write(out, member.getKey(), member.getValue());
      }
    }
    out.endObject();
  }

  // By identity: an equal value would have to be compared in full, which costs about as much as
  // writing it.
  @SuppressWarnings("ReferenceEquality")
  private void writeReplacement(JsonSink out, int index, JsonNode value, MemberRules rules)
      throws IOException {
    if (value == null) {
      return;
    }
    Replacement kept = replacements[index];
    if (kept == null || kept.value() != value) {
      Shown shown = rules.rule(stored.name(index).getValue()).shown();
      kept = new Replacement(value,
          shown.showsAnything(value) ? out.encode(json -> shown.write(json, value)) : null);
      replacements[index] = kept;
    }
    if (kept.encoded() != null) {
      out.name(stored.name(index));
      out.encodedValue(kept.encoded());
    }
  }

  private boolean stores(String name) {
    for (int i = 0; i < stored.size(); i++) {
      if (stored.name(i).getValue().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A value served in place of a stored member, compared by identity, with its encoding.
   *
   * @param encoded null when nothing of the value is shown
   */
  private record Replacement(JsonNode value, EncodedJson encoded) {}
}
