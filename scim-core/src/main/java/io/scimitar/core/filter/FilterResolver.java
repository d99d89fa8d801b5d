package io.scimitar.core.filter;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.path.ResolvedPath;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.ResourceSchema;
import java.util.Optional;

/**
 * Checks a parsed filter against one resource type's schemas, once, and returns it with
 * canonical paths (names spelled as the schema defines them; the URN kept only for extension
 * attributes; a complex attribute compared directly replaced by its {@code value}
 * sub-attribute) and canonical literals. Every rule it enforces is listed in
 * {@link FilterEvaluator}'s class documentation.
 */
final class FilterResolver {
  private static final String VALUE = "value";

  private final ResourceSchema resourceSchema;

  FilterResolver(ResourceSchema resourceSchema) {
    this.resourceSchema = resourceSchema;
  }

  /** Resolves a top-level filter. */
  Filter resolve(Filter filter) {
    return resolve(filter, null);
  }

  /** Resolves the condition of a value path on {@code attribute} (paths relative to it). */
  Filter resolveCondition(ResolvedPath attribute, Filter condition) {
    checkValuePathTarget(attribute);
    return resolve(condition, attribute);
  }

  /**
   * Resolves {@code filter} in a scope: the resource when {@code scope} is null, else the
   * elements of the attribute {@code scope} (inside a value path).
   */
  private Filter resolve(Filter filter, ResolvedPath scope) {
    if (filter instanceof Filter.And || filter instanceof Filter.Or) {
      return Chains.map(filter, operand -> resolve(operand, scope));
    }
    if (filter instanceof Filter.Not not) {
      return new Filter.Not(resolve(not.operand(), scope));
    }
    if (filter instanceof Filter.Present present) {
      return new Filter.Present(inScope(path(present.path(), scope), scope));
    }
    if (filter instanceof Filter.Comparison comparison) {
      return comparison(comparison, scope);
    }
    return valuePath((Filter.ValuePath) filter, scope);
  }

  private Filter comparison(Filter.Comparison comparison, ResolvedPath scope) {
    ResolvedPath target = path(comparison.path(), scope);
    if (target.leaf().isComplex()) {
      target = valueSubAttribute(target);
    }
    AttributePath canonical = inScope(target, scope);
    Literal literal = ComparisonRules.check(
        target.leaf(), comparison.operator(), comparison.value(), display(canonical, scope));
    return new Filter.Comparison(canonical, comparison.operator(), literal);
  }

  /** {@code emails eq "x"} compares the {@code value} sub-attribute (RFC 7644 §3.4.2.2). */
  private static ResolvedPath valueSubAttribute(ResolvedPath complex) {
    Optional<AttributeDefinition> value = complex.subAttribute() == null
        ? complex.attribute().subAttribute(VALUE)
        : Optional.empty();
    if (value.isEmpty()) {
      throw ScimException.invalidFilter("attribute '" + complex.path().render() + "' is complex "
          + "and has no 'value' sub-attribute; compare one of its sub-attributes, such as '"
          + complex.path().withSubAttribute(complex.leaf().subAttributes().get(0).name()).render()
          + "'");
    }
    return new ResolvedPath(complex.path().withSubAttribute(value.get().name()),
        complex.attribute(), value.get());
  }

  private Filter valuePath(Filter.ValuePath valuePath, ResolvedPath scope) {
    if (scope != null) {
      throw ScimException.invalidFilter("value paths cannot be nested: '"
          + valuePath.attribute().render() + "[...]' inside '" + scope.path().render() + "[...]'");
    }
    ResolvedPath target = path(valuePath.attribute(), null);
    checkValuePathTarget(target);
    return new Filter.ValuePath(target.path(), resolve(valuePath.condition(), target));
  }

  private static void checkValuePathTarget(ResolvedPath target) {
    if (target.subAttribute() != null) {
      throw ScimException.invalidFilter("a value path filters an attribute, not the "
          + "sub-attribute '" + target.path().render() + "'");
    }
    if (!target.attribute().isComplex()) {
      throw ScimException.invalidFilter("value path '" + target.path().render() + "[...]' needs "
          + "a complex attribute; '" + target.path().render() + "' is of type "
          + target.attribute().type().scimName());
    }
  }

  private ResolvedPath path(AttributePath path, ResolvedPath scope) {
    if (scope == null) {
      return TopLevelPaths.resolve(path, resourceSchema).orElseThrow(() -> unknown(path));
    }
    String parent = scope.path().render();
    if (path.schema() != null || path.hasSubAttribute()) {
      throw ScimException.invalidFilter("inside '" + parent + "[...]' only sub-attribute names "
          + "of '" + parent + "' may be used, found '" + FilterScanner.name(path.render()) + "'");
    }
    return ResolvedPath.resolveRelative(scope, path)
        .orElseThrow(() -> ScimException.invalidFilter("attribute '" + parent
            + "' has no sub-attribute '" + FilterScanner.name(path.name()) + "'"));
  }

  /** The most precise reason a path does not resolve. */
  private ScimException unknown(AttributePath path) {
    String typeName = resourceSchema.resourceType().name();
    if (path.schema() != null && resourceSchema.schema(path.schema()).isEmpty()) {
      return ScimException.invalidFilter("unknown schema '" + FilterScanner.name(path.schema())
          + "' in attribute path '" + FilterScanner.name(path.render())
          + "'; resource type " + typeName + " has " + resourceSchema.schemaUrns());
    }
    if (path.hasSubAttribute()) {
      Optional<ResolvedPath> parent = ResolvedPath.resolve(path.parent(), resourceSchema);
      if (parent.isPresent()) {
        AttributeDefinition attribute = parent.get().attribute();
        return ScimException.invalidFilter(attribute.isComplex()
            ? "attribute '" + parent.get().path().render() + "' has no sub-attribute '"
                + FilterScanner.name(path.subAttribute()) + "'"
            : "attribute '" + parent.get().path().render() + "' is of type "
                + attribute.type().scimName() + " and has no sub-attributes");
      }
    }
    return ScimException.invalidFilter("unknown attribute '" + FilterScanner.name(path.render())
        + "' for resource type " + typeName);
  }

  /** The path as it reads inside the scope: relative inside a value path. */
  private static AttributePath inScope(ResolvedPath resolved, ResolvedPath scope) {
    return scope == null ? resolved.path() : AttributePath.of(resolved.subAttribute().name());
  }

  private static String display(AttributePath canonical, ResolvedPath scope) {
    return scope == null
        ? canonical.render()
        : scope.path().withSubAttribute(canonical.name()).render();
  }
}
