package io.scimitar.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.filter.CompiledFilter;
import io.scimitar.core.filter.Filter;
import io.scimitar.core.filter.FilterEvaluator;
import io.scimitar.core.filter.FilterParser;
import io.scimitar.core.json.ScimJson;
import io.scimitar.core.patch.MemberListRequiredException;
import io.scimitar.core.patch.PatchEngine;
import io.scimitar.core.patch.PatchRequest;
import io.scimitar.core.patch.PatchRequestReader;
import io.scimitar.core.projection.Projection;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.validation.ResourceValidator;
import io.scimitar.core.validation.ValidationOptions;

/** Scimitar's side: the built-in User resource type with the enterprise extension. */
public final class ScimitarLibrary
    implements ScimLibrary<Filter, CompiledFilter, ObjectNode, PatchRequest> {
  private static final int MAX_PATCH_OPERATIONS = 100;

  private final ResourceSchema schema = SchemaRegistry.defaults().resourceSchema("User");
  private final ScimJson json = ScimJson.withDefaults();
  private final FilterParser parser = FilterParser.withDefaults();
  private final FilterEvaluator evaluator = new FilterEvaluator(schema);
  private final ResourceValidator validator =
      new ResourceValidator(schema, ValidationOptions.DEFAULTS);
  private final PatchEngine patchEngine = new PatchEngine(schema, parser, evaluator, validator);
  private final PatchRequestReader patchReader =
      new PatchRequestReader(parser, MAX_PATCH_OPERATIONS);

  @Override
  public String name() {
    return "Scimitar";
  }

  /**
   * Parses and resolves against the schema (canonical attribute names, typed literals, unknown
   * attributes rejected), which is what the service does before evaluating or handing a filter
   * to a store.
   */
  @Override
  public Filter parseFilter(String filter) {
    return evaluator.resolve(parser.parse(filter));
  }

  /** Syntax only, without the schema: comparable with peers that parse without a schema. */
  public Filter parseFilterSyntaxOnly(String filter) {
    return parser.parse(filter);
  }

  /** Compiled once per filter, as the service does once per query (and SCIMple's predicate). */
  @Override
  public CompiledFilter matcher(Filter filter) {
    return evaluator.compile(filter);
  }

  @Override
  public boolean matches(CompiledFilter matcher, ObjectNode resource) {
    return matcher.matches(resource);
  }

  @Override
  public ObjectNode read(String text) {
    return json.readObject(text);
  }

  /** Reads and canonicalises a create request body against the schema. */
  public ObjectNode readForCreate(String text) {
    return validator.forCreate(json.readObject(text));
  }

  @Override
  public String write(ObjectNode resource) {
    return json.writeString(resource);
  }

  @Override
  public PatchRequest readPatch(String text) {
    return patchReader.read(json.readObject(text));
  }

  /** The engine copies the tree itself; the input stays unchanged. */
  @Override
  public ObjectNode applyPatch(ObjectNode resource, PatchRequest patch)
      throws MemberListRequiredException {
    return patchEngine.apply(resource, patch, true).resource();
  }

  @Override
  public boolean supportsProjection() {
    return true;
  }

  @Override
  public ObjectNode project(ObjectNode resource, String attributes) {
    return Projection.of(schema, attributes, null).apply(resource);
  }
}
