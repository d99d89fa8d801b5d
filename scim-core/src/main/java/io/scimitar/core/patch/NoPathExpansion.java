package io.scimitar.core.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.filter.FilterEvaluator;
import io.scimitar.core.filter.FilterParser;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.path.PatchPath;
import io.scimitar.core.path.ResolvedPath;
import io.scimitar.core.resource.AttributeValues;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.CommonAttributes;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Splits the value of an {@code add} or {@code replace} without a path into one targeted step
 * per attribute (RFC 7644 §3.5.2.1 and §3.5.2.3: the value holds the attributes to add or
 * replace). Each key is read as a PATCH path, so that besides attribute names it may be what
 * Entra ID sends: a sub-attribute path ({@code name.givenName}), a URN-qualified path
 * ({@code urn:...:enterprise:2.0:User:employeeNumber}) or a value path
 * ({@code emails[type eq "work"].value}). A key that is a schema URN holds that schema's
 * attributes; {@code schemas} may restate the resource type's schemas and is otherwise not
 * writable. The object of an extension's attributes (under its URN key, or as the value of a
 * path naming the extension) may carry its own {@code schemas} member naming schemas of the
 * resource type, as client libraries that serialise typed extension models send it; it is
 * checked the same way and ignored.
 */
final class NoPathExpansion {
  private final ResourceSchema schema;
  private final FilterParser parser;
  private final FilterEvaluator evaluator;

  NoPathExpansion(ResourceSchema schema, FilterParser parser, FilterEvaluator evaluator) {
    this.schema = schema;
    this.parser = parser;
    this.evaluator = evaluator;
  }

  /** The steps a no-path operation stands for, in the order of the value's keys. */
  List<Step> expand(OperationContext context, JsonNode value) {
    if (value == null || !value.isObject()) {
      throw context.invalidValue("without a path, 'value' must be an object of attributes, got "
          + JsonValues.kind(value));
    }
    List<Step> steps = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      String key = entry.getKey().strip();
      Optional<Schema> urn = schema.schema(key);
      if (key.equalsIgnoreCase(CommonAttributes.SCHEMAS)) {
        checkSchemas(context, entry.getValue());
      } else if (urn.isPresent()) {
        expandSchema(context, urn.get(), entry.getValue(), steps);
      } else {
        steps.add(new Step(target(context, key), entry.getValue()));
      }
    }
    return steps;
  }

  /**
   * The steps of an operation whose path is a whole extension, such as {@code remove
   * urn:ietf:params:scim:schemas:extension:enterprise:2.0:User}: {@code remove} clears each of
   * the extension's attributes, {@code add} and {@code replace} read the value as its
   * attributes. Empty when the path does not name an extension.
   */
  Optional<List<Step>> expandExtensionPath(
      OperationContext context, PatchPath path, JsonNode value) {
    if (path.hasValueFilter() || path.attribute().schema() == null) {
      return Optional.empty(); // an extension URN always parses with a schema part
    }
    Optional<Schema> extension = schema.extension(path.attribute().render());
    if (extension.isEmpty()) {
      return Optional.empty();
    }
    List<Step> steps = new ArrayList<>();
    if (context.op() == PatchOp.REMOVE) {
      clearAll(extension.get(), steps);
    } else {
      expandSchema(context, extension.get(), value, steps);
    }
    return Optional.of(steps);
  }

  private void expandSchema(
      OperationContext context, Schema owner, JsonNode attributes, List<Step> steps) {
    boolean extension = !owner.id().equalsIgnoreCase(schema.coreSchema().id());
    if (AttributeValues.isUnassigned(attributes)) {
      if (extension && context.op() == PatchOp.REPLACE) {
        clearAll(owner, steps);
      }
      return;
    }
    if (!attributes.isObject()) {
      throw context.invalidValue("'" + owner.id() + "' must be an object of its attributes, got "
          + JsonValues.kind(attributes));
    }
    for (Map.Entry<String, JsonNode> entry : attributes.properties()) {
      String key = entry.getKey().strip();
      if (extension && key.equalsIgnoreCase(CommonAttributes.SCHEMAS)
          && owner.attribute(key).isEmpty()) {
        checkSchemas(context, entry.getValue());
      } else {
        steps.add(new Step(target(context, owner.id() + ":" + key), entry.getValue()));
      }
    }
  }

  /** One step per attribute of an extension that sets it to "no value". */
  private void clearAll(Schema extension, List<Step> steps) {
    for (AttributeDefinition attribute : extension.attributes()) {
      ResolvedPath path = ResolvedPath.resolve(
          new AttributePath(extension.id(), attribute.name(), null), schema).orElseThrow();
      steps.add(new Step(PatchTarget.whole(path), NullNode.getInstance()));
    }
  }

  private PatchTarget target(OperationContext context, String key) {
    PatchPath path;
    try {
      path = parser.parsePatchPath(key);
    } catch (ScimException e) {
      throw context.rethrow(e);
    }
    return PatchTarget.resolve(path, schema, evaluator, context);
  }

  private void checkSchemas(OperationContext context, JsonNode schemas) {
    if (AttributeValues.isUnassigned(schemas)) {
      return;
    }
    if (!schemas.isArray()) {
      throw context.invalidValue("'schemas' must be an array of schema URNs");
    }
    for (JsonNode urn : schemas) {
      if (!urn.isTextual() || schema.schema(urn.textValue().strip()).isEmpty()) {
        throw context.invalidValue("'schemas' lists " + urn + ", which is not a schema of "
            + schema.resourceType().name());
      }
    }
  }

  /**
   * One targeted operation of a request.
   *
   * @param target where
   * @param value the value as sent
   */
  record Step(PatchTarget target, JsonNode value) {}
}
