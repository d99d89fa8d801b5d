package io.scimitar.core.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.scimitar.core.path.ResolvedPath;
import io.scimitar.core.resource.AttributeValues;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the members an operation names, the same way whether the engine edits the member list
 * or produces member-level changes: each member needs a {@code value}; {@code display},
 * {@code type} and {@code $ref} are kept as given (type-checked by the validator). A single
 * member may come without the array, and a bare id stands for {@code {"value": id}}.
 */
final class MemberValues {
  private final ValueCoercion coercion;

  MemberValues(ValueCoercion coercion) {
    this.coercion = coercion;
  }

  /** The members of an operation's value, in order; none for "no value". */
  List<MemberRef> read(OperationContext context, ResolvedPath members, JsonNode raw) {
    List<MemberRef> refs = new ArrayList<>();
    if (AttributeValues.isUnassigned(raw)) {
      return refs;
    }
    Iterable<JsonNode> elements = raw.isArray() ? raw : List.of(raw);
    int position = 0;
    for (JsonNode element : elements) {
      position++;
      if (!element.isNull()) {
        JsonNode canonical = coercion.element(context, members, element);
        refs.add(MemberRefs.read(canonical, element, position, context));
      }
    }
    return refs;
  }

  /** The members of an operation's value as canonical member values. */
  ArrayNode readJson(OperationContext context, ResolvedPath members, JsonNode raw) {
    ArrayNode values = JsonNodeFactory.instance.arrayNode();
    read(context, members, raw).forEach(member -> values.add(MemberRefs.toJson(member)));
    return values;
  }
}
