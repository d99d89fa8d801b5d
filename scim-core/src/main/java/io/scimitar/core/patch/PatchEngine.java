package io.scimitar.core.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.filter.FilterEvaluator;
import io.scimitar.core.filter.FilterParser;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.path.ResolvedPath;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.validation.ResourceValidator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies PATCH requests (RFC 7644 §3.5.2) to canonical resource trees of one resource type.
 * Immutable and thread-safe: build one per resource type and share it.
 *
 * <p>A request applies completely or not at all, and the input tree is never modified: the
 * engine builds a new tree copy-on-write, copying only the attributes the operations change, so
 * the cost of a request follows what it touches rather than the size of the resource. After the
 * operations the validator checks what changed (types, required attributes, mutability) as
 * {@link ResourceValidator#checkChanges} describes: for a valid input this refuses exactly what
 * a check of the whole result would. The result says whether anything changed, so that an
 * unchanged resource keeps its version.
 *
 * <p>Group membership: when the resource type has a member attribute ({@code members} for
 * Group) the caller may load the resource without it and pass {@code membersLoaded = false}.
 * Member operations then do not edit the tree but come out as {@link MembershipChange}s that a
 * store applies member by member. An operation that cannot be expressed that way makes
 * {@link #apply} throw {@link MemberListRequiredException}; the caller loads the members and
 * applies the request again with {@code membersLoaded = true}, in which case member operations
 * edit the tree like any multi-valued attribute and the result reports the membership change as
 * a difference.
 *
 * <p>The semantics of each operation, including what is tolerated from real clients, are
 * described on the package-private classes {@code SingularOperations},
 * {@code MultiValuedOperations}, {@code NoPathExpansion}, {@code ValueCoercion} and
 * {@code MemberDeltaPlanner}, and in the package documentation.
 */
public final class PatchEngine {
  /** The name of the member attribute of the built-in Group resource type. */
  public static final String DEFAULT_MEMBERS_ATTRIBUTE = "members";

  private final ResourceSchema schema;
  private final FilterEvaluator evaluator;
  private final ResourceValidator validator;
  private final NoPathExpansion noPath;
  private final ResolvedPath membersAttribute;

  /**
   * Creates an engine whose member attribute is {@code members} when the resource type has a
   * multi-valued complex attribute of that name with a {@code value} sub-attribute (Group), and
   * none otherwise.
   */
  public PatchEngine(ResourceSchema schema, FilterParser parser, FilterEvaluator evaluator,
      ResourceValidator validator) {
    this(schema, parser, evaluator, validator,
        findMembers(schema, DEFAULT_MEMBERS_ATTRIBUTE).orElse(null));
  }

  /**
   * Creates an engine with an explicit member attribute.
   *
   * @param membersAttribute the name of the core attribute holding members (a multi-valued
   *     complex attribute with a {@code value} sub-attribute), or null for none
   * @throws IllegalArgumentException when the named attribute is not such an attribute
   */
  public PatchEngine(ResourceSchema schema, FilterParser parser, FilterEvaluator evaluator,
      ResourceValidator validator, String membersAttribute) {
    this(schema, parser, evaluator, validator, membersAttribute == null ? null
        : findMembers(schema, membersAttribute).orElseThrow(() -> new IllegalArgumentException(
            "'" + membersAttribute + "' is not a multi-valued complex attribute with a 'value' "
                + "sub-attribute of " + schema.resourceType().name())));
  }

  private PatchEngine(ResourceSchema schema, FilterParser parser, FilterEvaluator evaluator,
      ResourceValidator validator, ResolvedPath membersAttribute) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    this.validator = Objects.requireNonNull(validator, "validator");
    this.noPath = new NoPathExpansion(
        schema, Objects.requireNonNull(parser, "parser"), this.evaluator);
    this.membersAttribute = membersAttribute;
  }

  private static Optional<ResolvedPath> findMembers(ResourceSchema schema, String name) {
    return ResolvedPath.resolve(AttributePath.of(name), schema)
        .filter(path -> path.subAttribute() == null)
        .filter(path -> path.attribute().multiValued() && path.attribute().isComplex())
        .filter(path -> path.attribute().subAttribute(MemberRefs.VALUE).isPresent());
  }

  /** The member attribute whose operations may become member-level changes, if any. */
  public Optional<ResolvedPath> membersAttribute() {
    return Optional.ofNullable(membersAttribute);
  }

  /**
   * Applies a request.
   *
   * @param current the resource's canonical tree; not modified
   * @param request the operations
   * @param membersLoaded whether {@code current} holds the complete member list; ignored when
   *     the resource type has no member attribute
   * @return the new tree, whether it changed, and the membership changes
   * @throws io.scimitar.core.error.ScimException 400 ({@code invalidPath}, {@code noTarget},
   *     {@code invalidValue}, {@code mutability}, {@code invalidSyntax}) naming the failing
   *     operation; nothing is applied
   * @throws MemberListRequiredException when members are not loaded and a member operation
   *     needs them; nothing is applied
   */
  public PatchResult apply(ObjectNode current, PatchRequest request, boolean membersLoaded)
      throws MemberListRequiredException {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(request, "request");
    boolean memberDeltas = membersAttribute != null && !membersLoaded;
    ResourceTree tree = new ResourceTree(current, schema);
    ValueCoercion coercion = new ValueCoercion(validator);
    SingularOperations singular = new SingularOperations(tree, coercion);
    MemberValues memberValues = new MemberValues(coercion);
    MultiValuedOperations multiValued = new MultiValuedOperations(
        tree, coercion, evaluator, memberValues, membersAttribute);
    MemberDeltaPlanner planner = new MemberDeltaPlanner(memberValues);
    MembershipChangeList memberChanges = new MembershipChangeList();

    int number = 0;
    for (PatchOperation operation : request.operations()) {
      OperationContext context = new OperationContext(++number, operation.op());
      for (NoPathExpansion.Step step : steps(context, operation)) {
        PatchTarget target = step.target();
        if (MutabilityGuard.isReadOnly(null, target.definition())) {
          ReadOnlyTargets.check(context, target, tree.get(target.attribute()), step.value());
        } else if (memberDeltas && target.isAttribute(membersAttribute)) {
          planner.plan(context, target, step.value(), memberChanges);
        } else if (target.definition().multiValued()) {
          multiValued.apply(context, target, step.value());
        } else if (operation.op() == PatchOp.REMOVE) {
          singular.remove(context, target, step.value());
        } else {
          singular.write(context, target, step.value());
        }
      }
    }
    tree.syncSchemas();
    ObjectNode working = tree.root();
    validator.checkChanges(working, current);

    if (memberDeltas) {
      List<MembershipChange> changes = memberChanges.toList();
      return new PatchResult(working, !changes.isEmpty() || !working.equals(current), changes);
    }
    JsonNode membersBefore = membersAttribute == null ? null : members(current);
    JsonNode membersAfter = membersAttribute == null ? null : members(working);
    List<MembershipChange> changes = untouched(membersBefore, membersAfter) ? List.of()
        : MemberRefs.diff(membersBefore, membersAfter);
    return new PatchResult(working, !working.equals(current), changes);
  }

  private List<NoPathExpansion.Step> steps(OperationContext context, PatchOperation operation) {
    if (operation.op() != PatchOp.REMOVE && operation.value() == null) {
      throw context.invalidSyntax("'value' is required");
    }
    if (operation.path() == null) {
      if (operation.op() == PatchOp.REMOVE) {
        throw context.noTarget("remove needs a 'path'");
      }
      return noPath.expand(context, operation.value());
    }
    return noPath.expandExtensionPath(context, operation.path(), operation.value())
        .orElseGet(() -> List.of(new NoPathExpansion.Step(
            PatchTarget.resolve(operation.path(), schema, evaluator, context),
            operation.value())));
  }

  /** Whether copy-on-write left a node as it was: it is the input's very node. */
  @SuppressWarnings("ReferenceEquality")
  private static boolean untouched(JsonNode before, JsonNode after) {
    return before == after;
  }

  private JsonNode members(ObjectNode tree) {
    return ResourceTree.valueIn(tree, membersAttribute);
  }
}
