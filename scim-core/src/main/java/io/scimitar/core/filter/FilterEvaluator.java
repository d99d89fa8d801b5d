package io.scimitar.core.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.path.PathValues;
import io.scimitar.core.path.ResolvedPath;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.ResourceSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Resolves filters against one resource type and evaluates them in memory over canonical
 * resource trees ({@code ScimResource.view()}). Thread-safe and reusable; holds no state beyond
 * the schema.
 *
 * <h2>Resolution ({@link #resolve})</h2>
 *
 * <p>Run once per request; the store SPI receives only resolved filters. It rewrites paths to
 * their canonical spelling and rejects, with 400 {@code invalidFilter} and a detail naming the
 * attribute:
 *
 * <ul>
 *   <li>unknown attributes, sub-attributes and schema URNs (RFC 7644 §3.4.2.2 lists "the
 *       specified attribute and filter comparison combination is not supported" under
 *       {@code invalidFilter}; silently matching nothing would hide typos);
 *   <li>ordering operators ({@code gt lt ge le}) on boolean and binary attributes;
 *       {@code co sw ew} on boolean, integer, decimal and dateTime attributes;
 *   <li>literals of the wrong type: strings, references and binary need a string; integer and
 *       decimal a number; dateTime a string holding an xsd:dateTime; boolean {@code true} or
 *       {@code false} — Entra ID's strings {@code "True"}/{@code "False"} (any case) are
 *       tolerated and rewritten to the boolean;
 *   <li>{@code null} with any operator other than {@code eq} and {@code ne};
 *   <li>a complex attribute compared directly when it has no {@code value} sub-attribute
 *       ({@code name eq "x"}); with one, {@code emails co "@example.com"} is rewritten to
 *       {@code emails.value co "@example.com"};
 *   <li>value paths on non-complex attributes, on sub-attributes, nested value paths, and paths
 *       inside a value path that are not sub-attribute names of its attribute.
 * </ul>
 *
 * <h2>Evaluation ({@link #matches})</h2>
 *
 * <ul>
 *   <li>Strings and references with {@code caseExact: false} compare case-insensitively
 *       ({@link CaseFolding}) for every operator, including {@code co sw ew} and ordering;
 *       case-exact ones and binary compare exactly; ordering of strings is by UTF-16 code unit.
 *   <li>dateTime values compare as instants (a value without offset is UTC), integer and decimal
 *       values numerically, booleans by value.
 *   <li>A multi-valued attribute, or a sub-attribute path across one ({@code emails.value eq
 *       "x"}), matches when any value matches.
 *   <li>{@code ne} is the negation of {@code eq}: it matches when no value equals the literal,
 *       so it is true for an absent attribute.
 *   <li>{@code eq null} matches when the attribute has no value (as {@code not (a pr)});
 *       {@code ne null} when it has one.
 *   <li>{@code pr} is false for null, the empty string, an empty array and a complex value
 *       whose members are all absent.
 *   <li>A value path {@code emails[type eq "work" and value co "x"]} matches when one element
 *       satisfies the whole condition.
 *   <li>A value of the wrong JSON type in the resource (e.g. a string where a number is
 *       defined) never matches.
 * </ul>
 */
public final class FilterEvaluator {
  private final ResourceSchema resourceSchema;
  private final FilterResolver resolver;

  /** An evaluator for resources of one type. */
  public FilterEvaluator(ResourceSchema resourceSchema) {
    this.resourceSchema = Objects.requireNonNull(resourceSchema, "resourceSchema");
    this.resolver = new FilterResolver(resourceSchema);
  }

  /** The resource type this evaluator serves. */
  public ResourceSchema resourceSchema() {
    return resourceSchema;
  }

  /**
   * Checks a parsed filter against the schema and returns it with canonical paths and literals.
   * Resolving a resolved filter returns an equal filter.
   *
   * @throws ScimException 400 {@code invalidFilter} naming the attribute, for the cases listed in
   *     the class documentation
   */
  public Filter resolve(Filter filter) {
    return resolver.resolve(Objects.requireNonNull(filter, "filter"));
  }

  /**
   * Checks the condition of a value path on {@code attribute} (paths relative to it, as in a
   * PATCH path {@code members[value eq "x"]}) and returns it with canonical paths.
   *
   * @param attribute a resolved top-level complex attribute
   * @throws ScimException 400 {@code invalidFilter} as for {@link #resolve}
   */
  public Filter resolveCondition(ResolvedPath attribute, Filter condition) {
    return resolver.resolveCondition(
        Objects.requireNonNull(attribute, "attribute"), Objects.requireNonNull(condition));
  }

  /**
   * Whether a resource matches a resolved filter.
   *
   * @param filter a filter returned by {@link #resolve}
   * @param resourceTree the canonical tree of a resource of this type
   * @throws ScimException 400 {@code invalidFilter} if the filter names an unknown attribute
   *     (it was not resolved)
   */
  public boolean matches(Filter filter, ObjectNode resourceTree) {
    return test(Objects.requireNonNull(filter, "filter"),
        new ResourceScope(Objects.requireNonNull(resourceTree, "resourceTree")));
  }

  /**
   * Whether one element of a multi-valued (or singular complex) attribute matches a value-path
   * condition, as a PATCH path {@code members[value eq "x"]} selects elements.
   *
   * @param multiValuedAttribute the resolved attribute the element belongs to
   * @param condition a condition returned by {@link #resolveCondition} (paths relative to the
   *     attribute)
   * @param element one element (an object for complex attributes)
   */
  public boolean matchesElement(
      ResolvedPath multiValuedAttribute, Filter condition, JsonNode element) {
    return test(Objects.requireNonNull(condition, "condition"),
        new ElementScope(Objects.requireNonNull(multiValuedAttribute), element));
  }

  private boolean test(Filter filter, Scope scope) {
    if (filter instanceof Filter.And) {
      for (Filter operand : Chains.operands(filter)) {
        if (!test(operand, scope)) {
          return false;
        }
      }
      return true;
    }
    if (filter instanceof Filter.Or) {
      for (Filter operand : Chains.operands(filter)) {
        if (test(operand, scope)) {
          return true;
        }
      }
      return false;
    }
    if (filter instanceof Filter.Not not) {
      return !test(not.operand(), scope);
    }
    if (filter instanceof Filter.Present present) {
      return scope.values(scope.resolve(present.path())).stream().anyMatch(PathValues::isPresent);
    }
    if (filter instanceof Filter.Comparison comparison) {
      return compare(comparison, scope);
    }
    Filter.ValuePath valuePath = (Filter.ValuePath) filter;
    ResolvedPath attribute = scope.valuePathTarget(valuePath.attribute());
    for (JsonNode element : scope.values(attribute)) {
      if (test(valuePath.condition(), new ElementScope(attribute, element))) {
        return true;
      }
    }
    return false;
  }

  private boolean compare(Filter.Comparison comparison, Scope scope) {
    ResolvedPath path = scope.resolve(comparison.path());
    AttributeDefinition leaf = path.leaf();
    List<JsonNode> values = scope.values(path);
    if (leaf.isComplex()) {
      // Only reached for unresolved filters: resolution rewrites 'emails eq' to 'emails.value eq'.
      leaf = leaf.subAttribute("value").orElseThrow(() -> notResolved(comparison.path()));
      values = valueMembers(values);
    }
    ComparisonOperator operator = comparison.operator();
    if (comparison.value() instanceof Literal.Null) {
      boolean present = values.stream().anyMatch(PathValues::isPresent);
      return operator == ComparisonOperator.EQ ? !present : present;
    }
    if (operator == ComparisonOperator.NE) {
      Predicate<JsonNode> equal = ValueTests.of(leaf, ComparisonOperator.EQ, comparison.value());
      return values.stream().noneMatch(equal);
    }
    return values.stream().anyMatch(ValueTests.of(leaf, operator, comparison.value()));
  }

  private static List<JsonNode> valueMembers(List<JsonNode> complexValues) {
    List<JsonNode> members = new ArrayList<>();
    for (JsonNode complex : complexValues) {
      PathValues.forEachElement(complex.get("value"), members::add);
    }
    return members;
  }

  private static ScimException notResolved(AttributePath path) {
    return ScimException.invalidFilter("attribute '" + FilterScanner.name(path.render())
        + "' is not known; resolve the filter before evaluating it");
  }

  /** Where paths are looked up: a resource, or one element inside a value path. */
  private interface Scope {
    ResolvedPath resolve(AttributePath path);

    List<JsonNode> values(ResolvedPath path);

    ResolvedPath valuePathTarget(AttributePath attribute);
  }

  private final class ResourceScope implements Scope {
    private final ObjectNode tree;

    ResourceScope(ObjectNode tree) {
      this.tree = tree;
    }

    @Override
    public ResolvedPath resolve(AttributePath path) {
      return TopLevelPaths.resolve(path, resourceSchema).orElseThrow(() -> notResolved(path));
    }

    @Override
    public List<JsonNode> values(ResolvedPath path) {
      return PathValues.values(tree, path);
    }

    @Override
    public ResolvedPath valuePathTarget(AttributePath attribute) {
      return resolve(attribute);
    }
  }

  private static final class ElementScope implements Scope {
    private final ResolvedPath attribute;
    private final JsonNode element;

    ElementScope(ResolvedPath attribute, JsonNode element) {
      this.attribute = attribute;
      this.element = element;
    }

    @Override
    public ResolvedPath resolve(AttributePath path) {
      return ResolvedPath.resolveRelative(attribute, path).orElseThrow(() -> notResolved(path));
    }

    @Override
    public List<JsonNode> values(ResolvedPath path) {
      List<JsonNode> values = new ArrayList<>();
      if (element != null && element.isObject()) {
        PathValues.forEachElement(element.get(path.subAttribute().name()), values::add);
      }
      return values;
    }

    @Override
    public ResolvedPath valuePathTarget(AttributePath nested) {
      throw ScimException.invalidFilter("value paths cannot be nested: '"
          + FilterScanner.name(nested.render()) + "[...]' inside '"
          + attribute.path().render() + "[...]'");
    }
  }
}
