package io.scimitar.core.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Takes typed fields out of a JSON object for the typed views, losslessly: a member is taken only
 * when writing the typed value back gives exactly the same JSON; anything else (other types,
 * nulls, empty arrays, members with no typed field) stays in {@link #rest()}, to be written back
 * as it was.
 */
final class FieldReader {
  private final Map<String, JsonNode> rest;

  FieldReader(ObjectNode object) {
    this.rest = new LinkedHashMap<>();
    object.properties().forEach(member -> rest.put(member.getKey(), member.getValue()));
  }

  /** A string member, or null. */
  String text(String name) {
    JsonNode value = rest.get(name);
    if (value == null || !value.isTextual()) {
      return null;
    }
    rest.remove(name);
    return value.textValue();
  }

  /** A boolean member, or null. */
  Boolean bool(String name) {
    JsonNode value = rest.get(name);
    if (value == null || !value.isBoolean()) {
      return null;
    }
    rest.remove(name);
    return value.booleanValue();
  }

  /** A non-empty array of strings, or an empty list. */
  List<String> texts(String name) {
    JsonNode value = rest.get(name);
    if (value == null || !value.isArray() || value.isEmpty()) {
      return List.of();
    }
    List<String> texts = new ArrayList<>(value.size());
    for (JsonNode element : value) {
      if (!element.isTextual()) {
        return List.of();
      }
      texts.add(element.textValue());
    }
    rest.remove(name);
    return texts;
  }

  /** An object member converted by {@code reader}, or null. */
  <T> T object(String name, Function<ObjectNode, T> reader) {
    JsonNode value = rest.get(name);
    if (!(value instanceof ObjectNode object)) {
      return null;
    }
    rest.remove(name);
    return reader.apply(object);
  }

  /** A non-empty array of objects, each converted by {@code reader}, or an empty list. */
  <T> List<T> list(String name, Function<ObjectNode, T> reader) {
    JsonNode value = rest.get(name);
    if (value == null || !value.isArray() || value.isEmpty()) {
      return List.of();
    }
    List<T> elements = new ArrayList<>(value.size());
    for (JsonNode element : value) {
      if (!(element instanceof ObjectNode object)) {
        return List.of();
      }
      elements.add(reader.apply(object));
    }
    rest.remove(name);
    return elements;
  }

  /** The {@code meta} member when it is exactly what {@link Meta#toJson()} writes, or null. */
  Meta meta(String name) {
    JsonNode value = rest.get(name);
    Meta meta = Meta.fromJson(value);
    if (meta == null || !meta.toJson().equals(value)) {
      return null;
    }
    rest.remove(name);
    return meta;
  }

  /** Every member not taken, in document order. */
  Map<String, JsonNode> rest() {
    return rest;
  }
}
