package io.scimitar.core.projection;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.core.json.EncodedJson;
import io.scimitar.core.json.JsonSink;
import java.io.IOException;
import java.util.Map;

/**
 * A stored resource's top-level members as a projection shows them, each value encoded as JSON
 * once: a response body of the resource, less the members a service serves in place of the
 * stored ones. A {@link Projection} keeps it with a resource that is read again, so that later
 * reads of the same version copy bytes instead of walking the tree. Immutable.
 */
final class EncodedMembers {
  private final String[] names;
  private final SerializableString[] encodedNames;
  /** The encoded value of each member, in the stored order; null where nothing is shown. */
  private final EncodedJson[] values;

  EncodedMembers(String[] names, SerializableString[] encodedNames, EncodedJson[] values) {
    this.names = names;
    this.encodedNames = encodedNames;
    this.values = values;
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
    for (int i = 0; i < names.length; i++) {
      if (replacedMembers.containsKey(names[i])) {
        JsonNode replacement = replacedMembers.get(names[i]);
        if (replacement != null) {
          rules.write(out, names[i], replacement);
        }
      } else if (values[i] != null) {
        out.name(encodedNames[i]);
        out.encodedValue(values[i]);
      }
    }
    for (Map.Entry<String, JsonNode> member : replacedMembers.entrySet()) {
      if (member.getValue() != null && !stores(member.getKey())) {
        rules.write(out, member.getKey(), member.getValue());
      }
    }
    out.endObject();
  }

  private boolean stores(String name) {
    for (String stored : names) {
      if (stored.equals(name)) {
        return true;
      }
    }
    return false;
  }
}
