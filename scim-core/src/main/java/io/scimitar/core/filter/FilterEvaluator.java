package io.scimitar.core.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.path.ResolvedPath;
import io.scimitar.core.schema.ResourceSchema;
import java.util.Objects;

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
 * <h2>Evaluation ({@link #compile}, {@link CompiledFilter#matches})</h2>
 *
 * <p>A resolved filter is compiled once per query into a tree of small tests with every path,
 * attribute definition and literal resolved (literals folded or parsed), then tested against
 * each candidate resource without further look-ups or copies. The rules:
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
  private final FilterCompiler compiler;

  /** An evaluator for resources of one type. */
  public FilterEvaluator(ResourceSchema resourceSchema) {
    this.resourceSchema = Objects.requireNonNull(resourceSchema, "resourceSchema");
    this.resolver = new FilterResolver(resourceSchema);
    this.compiler = new FilterCompiler(resourceSchema);
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
   * Compiles a resolved filter for testing many resources: paths, attribute definitions and
   * literals are resolved once here rather than once per resource.
   *
   * @param filter a filter returned by {@link #resolve}
   * @throws ScimException 400 {@code invalidFilter} if the filter names an unknown attribute
   *     (it was not resolved)
   */
  public CompiledFilter compile(Filter filter) {
    Objects.requireNonNull(filter, "filter");
    return new CompiledFilter(filter, compiler.compile(filter));
  }

  /**
   * Whether a resource matches a resolved filter; to test many resources against one filter,
   * {@link #compile} it once instead.
   *
   * @param filter a filter returned by {@link #resolve}
   * @param resourceTree the canonical tree of a resource of this type
   * @throws ScimException 400 {@code invalidFilter} if the filter names an unknown attribute
   *     (it was not resolved)
   */
  public boolean matches(Filter filter, ObjectNode resourceTree) {
    return compile(filter).matches(resourceTree);
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
    return compiler.compileCondition(Objects.requireNonNull(multiValuedAttribute),
        Objects.requireNonNull(condition, "condition")).test(element);
  }
}
