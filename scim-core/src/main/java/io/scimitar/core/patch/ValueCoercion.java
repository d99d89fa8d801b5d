package io.scimitar.core.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.path.ResolvedPath;
import io.scimitar.core.resource.AttributeValues;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.validation.ResourceValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an operation's value into the canonical value of its target with the validator, which
 * checks types and applies the tolerances for client bodies ({@code "False"} for {@code false},
 * sub-attribute names in any case, a bare id for {@code {"value": id}}, a one-element array for
 * a single complex value; readOnly sub-attributes and nulls dropped). On top of that, "no value"
 * ({@code null}, {@code ""}, an empty array or object, or a value that amounts to nothing once
 * readOnly parts are dropped) is reported as such, so that operations can clear their target.
 */
final class ValueCoercion {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final ResourceValidator validator;

  ValueCoercion(ResourceValidator validator) {
    this.validator = validator;
  }

  /** A value for a single-valued target, or null when it means "no value". */
  JsonNode single(OperationContext context, ResolvedPath target, JsonNode raw) {
    if (AttributeValues.isUnassigned(raw)) {
      return null;
    }
    JsonNode value = coerce(context, target, raw);
    return AttributeValues.isUnassigned(value) ? null : withoutEmptyMembers(value);
  }

  /**
   * Values for a multi-valued target, as an array (a single value stands for an array of one);
   * empty when they mean "no value".
   */
  ArrayNode many(OperationContext context, ResolvedPath target, JsonNode raw) {
    ArrayNode values = JSON.arrayNode();
    if (AttributeValues.isUnassigned(raw)) {
      return values;
    }
    JsonNode coerced = coerce(context, target, raw.isArray() ? raw : JSON.arrayNode().add(raw));
    for (JsonNode value : coerced) {
      if (!AttributeValues.isUnassigned(value)) {
        values.add(withoutEmptyMembers(value));
      }
    }
    return values;
  }

  /** One value of a multi-valued target, or null when it means "no value". */
  JsonNode element(OperationContext context, ResolvedPath target, JsonNode raw) {
    JsonNode one = raw;
    if (raw != null && raw.isArray()) {
      if (raw.size() > 1) {
        throw context.invalidValue("'" + target.path().render() + "' through a value filter "
            + "takes a single value, got an array of " + raw.size());
      }
      one = raw.isEmpty() ? null : raw.get(0);
    }
    return single(context, target, one);
  }

  /**
   * A value object for merging into a complex value: sub-attributes given a value, and
   * sub-attributes given "no value" ({@code null} or {@code ""}), which the merge removes.
   */
  ComplexValue forMerge(OperationContext context, ResolvedPath target, JsonNode raw) {
    JsonNode shaped = complexShape(context, target, raw);
    ObjectNode given = JSON.objectNode();
    List<AttributeDefinition> cleared = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : shaped.properties()) {
      Optional<AttributeDefinition> sub = target.leaf().subAttribute(entry.getKey());
      if (sub.isPresent() && AttributeValues.isUnassigned(entry.getValue())) {
        cleared.add(sub.get());
      } else {
        given.set(entry.getKey(), entry.getValue());
      }
    }
    JsonNode values = given.isEmpty() ? null : single(context, target, given);
    return new ComplexValue(
        values instanceof ObjectNode object ? object : JSON.objectNode(), cleared);
  }

  /** The object form of a complex value: a bare value means its {@code value} sub-attribute. */
  private static JsonNode complexShape(
      OperationContext context, ResolvedPath target, JsonNode raw) {
    JsonNode value = raw;
    if (value.isArray()) {
      if (value.size() != 1) {
        throw context.invalidValue("'" + target.path().render() + "' takes a single value, got "
            + "an array of " + value.size());
      }
      value = value.get(0);
    }
    if (value.isValueNode() && target.leaf().subAttribute(MemberRefs.VALUE).isPresent()) {
      return JSON.objectNode().set(MemberRefs.VALUE, value);
    }
    if (!value.isObject()) {
      throw context.invalidValue("the value for '" + target.path().render()
          + "' must be an object, got " + JsonValues.kind(value));
    }
    return value;
  }

  private JsonNode coerce(OperationContext context, ResolvedPath target, JsonNode value) {
    try {
      return validator.coerceValue(target, value);
    } catch (ScimException e) {
      throw context.rethrow(e);
    }
  }

  /** A complex value without sub-attributes set to {@code ""}, which Entra ID sends as "none". */
  private static JsonNode withoutEmptyMembers(JsonNode value) {
    if (!(value instanceof ObjectNode object) || !hasEmptyMember(object)) {
      return value;
    }
    ObjectNode kept = JSON.objectNode();
    for (Map.Entry<String, JsonNode> member : object.properties()) {
      if (!AttributeValues.isUnassigned(member.getValue())) {
        kept.set(member.getKey(), member.getValue());
      }
    }
    return kept;
  }

  private static boolean hasEmptyMember(ObjectNode object) {
    for (Map.Entry<String, JsonNode> member : object.properties()) {
      if (AttributeValues.isUnassigned(member.getValue())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A complex value to merge.
   *
   * @param values sub-attributes to set, canonical
   * @param cleared sub-attributes to remove
   */
  record ComplexValue(ObjectNode values, List<AttributeDefinition> cleared) {}
}
