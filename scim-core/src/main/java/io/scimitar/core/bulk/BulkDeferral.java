package io.scimitar.core.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/**
 * The parts of a POST's data that refer to resources not created yet, set aside so the resource
 * can be created first and completed afterwards with a PATCH {@code add} (how circular references
 * are resolved, RFC 7644 §3.7.1). Multi-valued attributes are split element by element (a group
 * keeps the members that exist already), complex values attribute by attribute, and other values
 * are set aside whole.
 *
 * @param kept the data to create the resource with
 * @param deferred the value of the PATCH {@code add} that completes it, references unresolved
 */
record BulkDeferral(ObjectNode kept, ObjectNode deferred) {

  static BulkDeferral split(ObjectNode data, Set<String> pending) {
    ObjectNode kept = JsonNodeFactory.instance.objectNode();
    ObjectNode deferred = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> member : data.properties()) {
      String name = member.getKey();
      JsonNode value = member.getValue();
      if (!refersTo(value, pending)) {
        kept.set(name, value.deepCopy());
      } else if (value instanceof ArrayNode array) {
        ArrayNode keptElements = kept.putArray(name);
        ArrayNode deferredElements = deferred.putArray(name);
        for (JsonNode element : array) {
          (refersTo(element, pending) ? deferredElements : keptElements).add(element.deepCopy());
        }
      } else if (value instanceof ObjectNode object) {
        BulkDeferral inner = split(object, pending);
        kept.set(name, inner.kept());
        deferred.set(name, inner.deferred());
      } else {
        deferred.set(name, value.deepCopy());
      }
    }
    return new BulkDeferral(kept, deferred);
  }

  private static boolean refersTo(JsonNode value, Set<String> pending) {
    if (value.isTextual()) {
      String text = value.asText();
      return text.startsWith(BulkReferences.PREFIX)
          && pending.contains(text.substring(BulkReferences.PREFIX.length()));
    }
    for (JsonNode child : value) {
      if (refersTo(child, pending)) {
        return true;
      }
    }
    return false;
  }

  /** The PATCH request that completes the resource, with every reference resolved. */
  ObjectNode patch(Map<String, String> ids) {
    ObjectNode request = JsonNodeFactory.instance.objectNode();
    request.putArray("schemas").add("urn:ietf:params:scim:api:messages:2.0:PatchOp");
    request.putArray("Operations").addObject()
        .put("op", "add")
        .set("value", BulkReferences.resolveData(deferred, ids));
    return request;
  }
}
