package io.scimitar.core.filter;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.path.ResolvedPath;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.ResourceSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a filter into a tree of {@link NodeTest}s for one resource type: every path is resolved
 * to the canonical names it reads, every comparison to a test with its literal folded or parsed.
 * The rules it compiles are listed in {@link FilterEvaluator}'s class documentation. Filters are
 * expected to be resolved already; one that names an unknown attribute is rejected here.
 */
final class FilterCompiler {
  private static final String VALUE = "value";

  private final ResourceSchema resourceSchema;

  FilterCompiler(ResourceSchema resourceSchema) {
    this.resourceSchema = resourceSchema;
  }

  /** The test of a resource tree for a top-level filter. */
  NodeTest compile(Filter filter) {
    return compile(filter, null);
  }

  /** The test of one element of {@code attribute} for a value-path condition. */
  NodeTest compileCondition(ResolvedPath attribute, Filter condition) {
    return compile(condition, attribute);
  }

  /**
   * Compiles {@code filter} in a scope: the resource when {@code scope} is null, else the
   * elements of the attribute {@code scope} (inside a value path).
   */
  private NodeTest compile(Filter filter, ResolvedPath scope) {
    if (filter instanceof Filter.And || filter instanceof Filter.Or) {
      List<NodeTest> operands = new ArrayList<>();
      for (Filter operand : Chains.operands(filter)) {
        operands.add(compile(operand, scope));
      }
      return filter instanceof Filter.And
          ? new NodeTest.AllOf(operands)
          : new NodeTest.AnyOf(operands);
    }
    if (filter instanceof Filter.Not not) {
      return new NodeTest.Not(compile(not.operand(), scope));
    }
    if (filter instanceof Filter.Present present) {
      ResolvedPath path = resolve(present.path(), scope);
      return anyValue(path, scope, false, ValueTests.Present.INSTANCE);
    }
    if (filter instanceof Filter.Comparison comparison) {
      return comparison(comparison, scope);
    }
    Filter.ValuePath valuePath = (Filter.ValuePath) filter;
    if (scope != null) {
      throw ScimException.invalidFilter("value paths cannot be nested: '"
          + FilterScanner.name(valuePath.attribute().render()) + "[...]' inside '"
          + scope.path().render() + "[...]'");
    }
    ResolvedPath attribute = resolve(valuePath.attribute(), null);
    return anyValue(attribute, null, false, compile(valuePath.condition(), attribute));
  }

  private NodeTest comparison(Filter.Comparison comparison, ResolvedPath scope) {
    ResolvedPath path = resolve(comparison.path(), scope);
    AttributeDefinition leaf = path.leaf();
    boolean valueMember = leaf.isComplex();
    if (valueMember) {
      // Only reached for unresolved filters: resolution rewrites 'emails eq' to 'emails.value eq'.
      leaf = leaf.subAttribute(VALUE).orElseThrow(() -> notResolved(comparison.path()));
    }
    ComparisonOperator operator = comparison.operator();
    if (comparison.value() instanceof Literal.Null) {
      NodeTest present = anyValue(path, scope, valueMember, ValueTests.Present.INSTANCE);
      return operator == ComparisonOperator.EQ ? new NodeTest.Not(present) : present;
    }
    if (operator == ComparisonOperator.NE) {
      NodeTest equal = ValueTests.of(leaf, ComparisonOperator.EQ, comparison.value());
      return new NodeTest.Not(anyValue(path, scope, valueMember, equal));
    }
    return anyValue(path, scope, valueMember, ValueTests.of(leaf, operator, comparison.value()));
  }

  /**
   * Some value at {@code path} passes {@code test}; with {@code valueMember}, some {@code value}
   * member of the complex values at {@code path}.
   */
  private static NodeTest anyValue(
      ResolvedPath path, ResolvedPath scope, boolean valueMember, NodeTest test) {
    List<String> names = new ArrayList<>(3);
    if (scope == null) {
      names.add(path.attribute().name());
    }
    if (path.subAttribute() != null) {
      names.add(path.subAttribute().name());
    }
    if (valueMember) {
      names.add(VALUE);
    }
    String extensionUrn = scope == null ? path.extensionUrn().orElse(null) : null;
    return new AnyValue(extensionUrn, names, test);
  }

  private ResolvedPath resolve(AttributePath path, ResolvedPath scope) {
    return (scope == null
        ? TopLevelPaths.resolve(path, resourceSchema)
        : ResolvedPath.resolveRelative(scope, path))
        .orElseThrow(() -> notResolved(path));
  }

  private static ScimException notResolved(AttributePath path) {
    return ScimException.invalidFilter("attribute '" + FilterScanner.name(path.render())
        + "' is not known; resolve the filter before evaluating it");
  }
}
