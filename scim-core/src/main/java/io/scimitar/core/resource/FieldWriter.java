package io.scimitar.core.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes the typed views back to JSON: null fields and empty lists are left out, then the other
 * attributes fill in what the typed fields did not write.
 */
final class FieldWriter {
  private final ObjectNode node = JsonNodeFactory.instance.objectNode();

  FieldWriter text(String name, String value) {
    if (value != null) {
      node.put(name, value);
    }
    return this;
  }

  FieldWriter bool(String name, Boolean value) {
    if (value != null) {
      node.put(name, value);
    }
    return this;
  }

  FieldWriter texts(String name, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode array = node.putArray(name);
      values.forEach(array::add);
    }
    return this;
  }

  FieldWriter object(String name, ObjectNode value) {
    if (value != null) {
      node.set(name, value);
    }
    return this;
  }

  <T> FieldWriter list(String name, List<T> values, Function<T, ObjectNode> writer) {
    if (!values.isEmpty()) {
      ArrayNode array = node.putArray(name);
      values.forEach(value -> array.add(writer.apply(value)));
    }
    return this;
  }

  FieldWriter meta(String name, Meta meta) {
    return object(name, meta == null ? null : meta.toJson());
  }

  /** Adds each other attribute whose name no typed field has written. */
  FieldWriter rest(Map<String, JsonNode> rest) {
    rest.forEach((name, value) -> {
      if (!node.has(name)) {
        node.set(name, value.deepCopy());
      }
    });
    return this;
  }

  ObjectNode node() {
    return node;
  }
}
