package io.scimitar.core.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.compat.ClientTolerances;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.AttributeType;
import io.scimitar.core.schema.CommonAttributes;
import io.scimitar.core.schema.Mutability;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.Schema;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Walks a resource body along its schema and builds the canonical tree: names spelled as the
 * schema spells them, extension attributes under their schema URN, nulls and empty values
 * dropped, every value checked against its attribute's type, unknown names handled by policy.
 *
 * <p>Two flavours share the walk. For <em>client input</em> the walk is tolerant the way real
 * identity providers need: readOnly attributes are ignored, {@code "True"}/{@code "False"} become
 * booleans, a single value for a multi-valued attribute is wrapped in an array, a one-element
 * array for a single-valued complex attribute is unwrapped, and a bare value for a complex
 * attribute with a {@code value} sub-attribute becomes {@code {"value": ...}}. For <em>stored</em>
 * trees (already canonical) nothing is coerced and readOnly values are checked like the rest.
 *
 * <p>Required attributes and mutability are checked elsewhere, on the final tree.
 */
final class Canonicalizer {
  private static final String VALUE = "value";
  private static final String PRIMARY = "primary";

  private final ResourceSchema resourceSchema;
  private final ValidationOptions options;
  private final boolean clientInput;
  private final ClientTolerances tolerances;

  Canonicalizer(ResourceSchema resourceSchema, ValidationOptions options, boolean clientInput,
      ClientTolerances tolerances) {
    this.resourceSchema = resourceSchema;
    this.options = options;
    this.clientInput = clientInput;
    this.tolerances = tolerances;
  }

  /**
   * The canonical attributes of a whole resource body: core and common attributes at the root,
   * extension attributes in an object under the extension URN. {@code schemas} is checked and
   * left out; {@link SchemasMember#assemble} puts it back.
   *
   * @return the attributes and the extension URNs the body declared
   */
  CanonicalBody resource(ObjectNode body) {
    Nodes.NameGuard names = new Nodes.NameGuard("the resource");
    JsonNode schemas = null;
    for (Map.Entry<String, JsonNode> member : body.properties()) {
      names.add(member.getKey());
      if (member.getKey().equalsIgnoreCase(CommonAttributes.SCHEMAS)) {
        schemas = member.getValue();
      }
    }
    SchemasMember declared = SchemasMember.read(schemas, resourceSchema, options);
    ObjectNode attributes = Nodes.FACTORY.objectNode();
    for (Map.Entry<String, JsonNode> member : body.properties()) {
      String key = member.getKey();
      if (key.equalsIgnoreCase(CommonAttributes.SCHEMAS)) {
        continue;
      }
      Optional<Schema> extension = resourceSchema.extension(key);
      if (extension.isPresent()) {
        extension(extension.get(), member.getValue(), attributes);
        continue;
      }
      Optional<AttributeDefinition> attribute = resourceSchema.coreAttribute(key);
      if (attribute.isPresent()) {
        member(attribute.get(), member.getValue(), attributes, attribute.get().name());
      } else {
        unknownTopLevel(key);
      }
    }
    return new CanonicalBody(attributes, declared);
  }

  private void extension(Schema extension, JsonNode value, ObjectNode attributes) {
    if (value.isNull()) {
      return;
    }
    if (!value.isObject()) {
      throw ScimException.invalidValue(
          "'" + extension.id() + "' must be a JSON object holding that extension's attributes, got "
              + ValueDescriptions.describe(value));
    }
    Nodes.NameGuard names = new Nodes.NameGuard("'" + extension.id() + "'");
    ObjectNode canonical = Nodes.FACTORY.objectNode();
    for (Map.Entry<String, JsonNode> member : value.properties()) {
      names.add(member.getKey());
      Optional<AttributeDefinition> attribute = extension.attribute(member.getKey());
      if (attribute.isPresent()) {
        member(attribute.get(), member.getValue(), canonical,
            extension.id() + ":" + attribute.get().name());
      } else {
        unknown(extension.id() + ":" + member.getKey(), "attribute");
      }
    }
    if (!canonical.isEmpty()) {
      attributes.set(extension.id(), canonical);
    }
  }

  private void member(AttributeDefinition attribute, JsonNode value, ObjectNode target,
      String label) {
    if (clientInput && attribute.mutability() == Mutability.READ_ONLY) {
      return; // RFC 7644 §3.3 and §3.5.1: readOnly values in requests are ignored
    }
    JsonNode canonical = value(attribute, value, label);
    if (canonical != null) {
      target.set(attribute.name(), canonical);
    }
  }

  /**
   * The canonical value of an attribute (an array when it is multi-valued), or null when the
   * value amounts to none.
   */
  JsonNode value(AttributeDefinition attribute, JsonNode value, String label) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (attribute.multiValued()) {
      return multiValue(attribute, value, label);
    }
    if (value.isArray()) {
      if (clientInput && value.isEmpty()) {
        return null; // RFC 7643 §2.5: an empty array is equivalent to unassigned
      }
      if (clientInput && attribute.isComplex() && value.size() == 1) {
        return single(attribute, value.get(0), label); // Entra ID: "manager": [{"value": ...}]
      }
      throw ScimException.invalidValue(
          "attribute '" + label + "' is single-valued and must not be an array");
    }
    return single(attribute, value, label);
  }

  private JsonNode multiValue(AttributeDefinition attribute, JsonNode value, String label) {
    if (!value.isArray()) {
      if (!clientInput) {
        throw SimpleValues.mismatch(label, "an array (it is multi-valued)", value);
      }
      JsonNode only = single(attribute, value, label); // tolerated: one value, not in an array
      return only == null ? null : Nodes.FACTORY.arrayNode().add(only);
    }
    ArrayNode canonical = Nodes.FACTORY.arrayNode(value.size());
    for (int i = 0; i < value.size(); i++) {
      JsonNode element = value.get(i);
      if (element.isNull()) {
        continue;
      }
      if (element.isArray()) {
        throw ScimException.invalidValue(
            "attribute '" + label + "[" + i + "]' must be a single value, not an array");
      }
      JsonNode one = single(attribute, element, label + "[" + i + "]");
      if (one != null && !(keepsDuplicatesOnce() && contains(canonical, one))) {
        canonical.add(one);
      }
    }
    if (attribute.isComplex()) {
      checkOnePrimary(attribute, canonical, label);
    }
    return canonical.isEmpty() ? null : canonical;
  }

  /** One value (not an array) of the attribute, or null when it amounts to none. */
  JsonNode single(AttributeDefinition attribute, JsonNode value, String label) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (attribute.type() == AttributeType.COMPLEX) {
      return complex(attribute, value, label);
    }
    JsonNode checked = SimpleValues.check(attribute, value, label,
        clientInput && tolerances.stringBooleans());
    checkCanonical(attribute, checked, label);
    return checked;
  }

  private JsonNode complex(AttributeDefinition attribute, JsonNode value, String label) {
    if (!value.isObject()) {
      Optional<AttributeDefinition> valueSub = attribute.subAttribute(VALUE);
      if (clientInput && valueSub.isPresent() && value.isValueNode()) {
        // Entra ID sends the manager as a bare id; a bare value means the "value" sub-attribute.
        JsonNode one = single(valueSub.get(), value, label + "." + valueSub.get().name());
        return Nodes.FACTORY.objectNode().set(valueSub.get().name(), one);
      }
      throw SimpleValues.mismatch(label, "a JSON object (it is complex)", value);
    }
    Nodes.NameGuard names = new Nodes.NameGuard("attribute '" + label + "'");
    ObjectNode canonical = Nodes.FACTORY.objectNode();
    for (Map.Entry<String, JsonNode> member : value.properties()) {
      names.add(member.getKey());
      Optional<AttributeDefinition> sub = attribute.subAttribute(member.getKey());
      if (sub.isEmpty()) {
        unknown(label + "." + member.getKey(), "sub-attribute");
        continue;
      }
      member(sub.get(), member.getValue(), canonical, label + "." + sub.get().name());
    }
    return canonical.isEmpty() ? null : canonical;
  }

  /** Whether identical values of one attribute are kept once (a client tolerance). */
  private boolean keepsDuplicatesOnce() {
    return clientInput && tolerances.duplicatePrimaryValues();
  }

  private static boolean contains(ArrayNode values, JsonNode value) {
    for (JsonNode element : values) {
      if (element.equals(value)) {
        return true;
      }
    }
    return false;
  }

  private void checkOnePrimary(AttributeDefinition attribute, ArrayNode values, String label) {
    Optional<AttributeDefinition> primary = attribute.subAttribute(PRIMARY);
    if (primary.isEmpty()) {
      return;
    }
    int count = 0;
    for (JsonNode element : values) {
      JsonNode flag = element.get(primary.get().name());
      if (flag != null && flag.isBoolean() && flag.booleanValue()) {
        count++;
      }
    }
    if (count > 1) {
      throw ScimException.invalidValue(
          "attribute '" + label + "' has " + count
              + " values with primary set to true; at most one value may be primary");
    }
  }

  private void checkCanonical(AttributeDefinition attribute, JsonNode value, String label) {
    checkCanonical(attribute, value, () -> label);
  }

  /** Under {@link CanonicalValuePolicy#STRICT}, refuses a value outside the canonical ones. */
  void checkCanonical(AttributeDefinition attribute, JsonNode value, Supplier<String> label) {
    if (options.canonicalValues() != CanonicalValuePolicy.STRICT
        || attribute.canonicalValues().isEmpty() || !value.isTextual()) {
      return;
    }
    String text = value.textValue();
    for (String allowed : attribute.canonicalValues()) {
      if (attribute.caseExact() ? allowed.equals(text) : allowed.equalsIgnoreCase(text)) {
        return;
      }
    }
    throw ScimException.invalidValue(
        "attribute '" + label.get() + "' has value '" + ValueDescriptions.abbreviate(text)
            + "', which is not one of its canonical values "
            + String.join(", ", attribute.canonicalValues()));
  }

  /** Handles a top-level member that is neither an attribute nor an extension, by policy. */
  void unknownTopLevel(String key) {
    if (key.toLowerCase(Locale.ROOT).startsWith("urn:")) {
      if (options.unknownAttributes() == UnknownAttributePolicy.REJECT) {
        throw SchemasMember.unknownSchema(key, resourceSchema);
      }
      return;
    }
    unknown(key, "attribute");
  }

  /** Handles an unknown attribute or sub-attribute by policy. */
  void unknown(String label, String kind) {
    if (options.unknownAttributes() == UnknownAttributePolicy.REJECT) {
      throw ScimException.invalidSyntax(
          "unknown " + kind + " '" + ValueDescriptions.name(label)
              + "' for resource type " + resourceSchema.resourceType().name());
    }
  }
}
