package io.scimitar.core.patch;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.filter.Filter;
import io.scimitar.core.filter.FilterEvaluator;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.path.PatchPath;
import io.scimitar.core.path.ResolvedPath;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.ResourceSchema;
import java.util.Objects;
import java.util.Optional;

/**
 * A PATCH path resolved against the resource type: the top-level attribute, the value filter
 * that selects elements of a multi-valued attribute, and the sub-attribute, each optional but
 * the first.
 *
 * @param attribute the top-level attribute (its path has no sub-attribute)
 * @param filter the value filter, resolved and relative to the attribute, or null
 * @param sub the targeted sub-attribute, or null
 * @param source the path as the client wrote it, for error details; null for a target the engine
 *     made up (an attribute of an extension cleared whole)
 */
record PatchTarget(
    ResolvedPath attribute, Filter filter, AttributeDefinition sub, PatchPath source) {

  PatchTarget {
    Objects.requireNonNull(attribute, "attribute");
  }

  /**
   * Resolves a parsed path.
   *
   * @throws ScimException 400 {@code invalidPath} for an unknown attribute or sub-attribute, a
   *     value filter on a single-valued attribute, or a sub-attribute of a simple attribute; 400
   *     {@code invalidFilter} for a value filter that does not fit the attribute
   */
  static PatchTarget resolve(PatchPath path, ResourceSchema schema, FilterEvaluator evaluator,
      OperationContext context) {
    AttributePath named = path.attribute();
    Optional<ResolvedPath> resolved = ResolvedPath.resolve(named, schema);
    if (resolved.isEmpty()) {
      if (named.hasSubAttribute() && ResolvedPath.resolve(named.parent(), schema).isPresent()) {
        throw context.invalidPath("attribute '" + named.parent().render()
            + "' has no sub-attribute '" + named.subAttribute() + "'");
      }
      throw context.invalidPath(
          "unknown attribute '" + named.render() + "' in path '" + path.render() + "'");
    }
    ResolvedPath found = resolved.get();
    ResolvedPath top = new ResolvedPath(found.path().parent(), found.attribute(), null);
    AttributeDefinition definition = found.attribute();
    AttributeDefinition sub = found.subAttribute();
    if (path.valueFilter() != null && (sub != null || !definition.multiValued())) {
      throw context.invalidPath("path '" + path.render() + "': a value filter applies only to a "
          + "multi-valued attribute, and '" + named.render() + "' is not one");
    }
    if (path.subAttribute() != null) {
      if (sub != null || !definition.isComplex()) {
        throw context.invalidPath("path '" + path.render() + "' names a sub-attribute of '"
            + named.render() + "', which has none");
      }
      sub = definition.subAttribute(path.subAttribute())
          .orElseThrow(() -> context.invalidPath("attribute '" + named.render()
              + "' has no sub-attribute '" + path.subAttribute() + "'"));
    }
    Filter condition = null;
    if (path.valueFilter() != null) {
      try {
        condition = evaluator.resolveCondition(top, path.valueFilter());
      } catch (ScimException e) {
        throw context.rethrow(e);
      }
    }
    return new PatchTarget(top, condition, sub, path);
  }

  /** A target naming a whole top-level attribute. */
  static PatchTarget whole(ResolvedPath attribute) {
    return new PatchTarget(attribute, null, null, null);
  }

  /** The path as the client wrote it (rendered again), for error details. */
  String text() {
    return source == null ? attribute.path().render() : source.render();
  }

  /** The top-level attribute's definition. */
  AttributeDefinition definition() {
    return attribute.attribute();
  }

  /** The resolved path of the targeted sub-attribute; only when {@link #sub} is set. */
  ResolvedPath subPath() {
    return new ResolvedPath(attribute.path().withSubAttribute(sub.name()), attribute.attribute(),
        sub);
  }

  /** The quoted canonical name of the targeted attribute or sub-attribute, for errors. */
  String label() {
    return "'" + (sub == null ? attribute.path().render() : subPath().path().render()) + "'";
  }

  /** Whether this names the given top-level attribute. */
  boolean isAttribute(ResolvedPath other) {
    return other != null && attribute.path().sameAs(other.path());
  }
}
