package io.scimitar.core.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.json.JsonSink;
import java.io.IOException;
import java.util.Map;

/**
 * What is shown of a schema extension's object: each of its attributes by its own rule. An
 * extension with nothing shown is left out (and its URN dropped from {@code schemas}, which
 * {@link Projection} does), and so is a value that is not an object.
 */
final class ExtensionMembers implements Shown {
  private final MemberRules members;

  ExtensionMembers(MemberRules members) {
    this.members = members;
  }

  @Override
  public JsonNode copy(JsonNode value) {
    if (!value.isObject()) {
      return null;
    }
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> member : value.properties()) {
      JsonNode copied = members.rule(member.getKey()).shown().copy(member.getValue());
      if (copied != null) {
        result.set(member.getKey(), copied);
      }
    }
    return result.isEmpty() ? null : result;
  }

  @Override
  public boolean showsAnything(JsonNode value) {
    if (!value.isObject()) {
      return false;
    }
    for (Map.Entry<String, JsonNode> member : value.properties()) {
      if (members.rule(member.getKey()).shown().showsAnything(member.getValue())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void write(JsonSink out, JsonNode value) throws IOException {
    out.startObject();
    for (Map.Entry<String, JsonNode> member : value.properties()) {
      members.write(out, member.getKey(), member.getValue());
    }
    out.endObject();
  }
}
