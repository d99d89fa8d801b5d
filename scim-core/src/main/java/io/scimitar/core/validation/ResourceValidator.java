package io.scimitar.core.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.compat.ClientTolerances;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.path.ResolvedPath;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.ResourceSchema;
import java.util.List;
import java.util.Objects;

/**
 * Turns client bodies into canonical resource trees and checks trees against the schema of one
 * resource type (RFC 7643 §2 and §7, RFC 7644 §3.3 and §3.5). Immutable and thread-safe: build
 * one per resource type and share it.
 *
 * <p>What a canonical tree is: {@code schemas} lists the core schema and each extension that has
 * attributes; attribute and sub-attribute names are spelled as the schema spells them (bodies may
 * use any case, RFC 7643 §2.1); extension attributes sit in an object under the extension URN;
 * nulls, empty arrays and empty objects are gone (RFC 7643 §2.5); every value has its
 * attribute's type. Values are otherwise kept exactly as sent: strings are not trimmed or
 * case-folded, dateTimes keep their spelling.
 *
 * <p>What client bodies may do, for interoperability with identity providers:
 *
 * <ul>
 *   <li>name attributes in any case ({@code "Primary"}, {@code "Manager": {"Value": ...}});
 *   <li>send {@code "True"}/{@code "False"} (any case) for a boolean (Entra ID);
 *   <li>send {@code null} for an attribute (treated as absent);
 *   <li>send readOnly attributes ({@code id}, {@code meta}, {@code groups}): they are ignored;
 *   <li>send {@code password} (writeOnly): it is kept in the tree, and projection never returns
 *       it;
 *   <li>send one value, not in an array, for a multi-valued attribute: it is wrapped;
 *   <li>send a one-element array for a single-valued complex attribute, or a bare value for a
 *       complex attribute with a {@code value} sub-attribute (the shapes in which Entra ID sends
 *       {@code manager}): both are normalised;
 *   <li>leave an extension's URN out of {@code schemas}: it is added.
 * </ul>
 *
 * <p>Errors, each a {@link ScimException} whose detail names the attribute path (with a
 * zero-based index for values of multi-valued attributes, e.g. {@code emails[1].type}):
 *
 * <ul>
 *   <li>400 {@code invalidSyntax}: {@code schemas} missing, not an array of strings, or without
 *       the core schema; an attribute named twice in different case; an unknown attribute under
 *       {@link UnknownAttributePolicy#REJECT};
 *   <li>400 {@code invalidValue}: a value of the wrong type (a string for an integer, a non-base64
 *       binary, an unparseable dateTime, a scalar for a complex attribute, an array for a
 *       single-valued one, any string but true/false for a boolean); more than one
 *       {@code primary: true}; a missing required attribute; a value outside the canonical values
 *       under {@link CanonicalValuePolicy#STRICT}; an unknown schema URN under
 *       {@link UnknownAttributePolicy#REJECT};
 *   <li>400 {@code mutability}: a change to an immutable attribute that has a value.
 * </ul>
 */
public final class ResourceValidator {
  private final ResourceSchema resourceSchema;
  private final Canonicalizer clientInput;
  private final Canonicalizer stored;
  private final ChangedValues changedValues;
  private final List<Scope> scopes;

  /**
   * A validator for one resource type.
   *
   * @param resourceSchema the resource type and its schemas
   * @param options how strictly to treat unknown attributes and canonical values
   */
  public ResourceValidator(ResourceSchema resourceSchema, ValidationOptions options) {
    this(resourceSchema, options, ClientTolerances.DEFAULTS);
  }

  /**
   * A validator for one resource type that tolerates what {@code tolerances} switches on.
   *
   * @param resourceSchema the resource type and its schemas
   * @param options how strictly to treat unknown attributes and canonical values
   * @param tolerances the client tolerances of request bodies (string booleans, duplicate
   *     values)
   */
  public ResourceValidator(
      ResourceSchema resourceSchema, ValidationOptions options, ClientTolerances tolerances) {
    this.resourceSchema = Objects.requireNonNull(resourceSchema, "resourceSchema");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(tolerances, "tolerances");
    this.clientInput = new Canonicalizer(resourceSchema, options, true, tolerances);
    this.stored = new Canonicalizer(resourceSchema, options, false, tolerances);
    this.changedValues = new ChangedValues(resourceSchema, options, stored);
    this.scopes = Scope.of(resourceSchema);
  }

  /** The resource type this validator checks. */
  public ResourceSchema resourceSchema() {
    return resourceSchema;
  }

  /**
   * The canonical form of a client body for create (RFC 7644 §3.3). The result has no
   * {@code id} and no {@code meta}: the service provider assigns them.
   *
   * @param body the parsed request body; not changed
   * @return a new canonical tree
   * @throws ScimException 400 when the body does not fit the schema
   */
  public ObjectNode forCreate(ObjectNode body) {
    CanonicalBody canonical = clientInput.resource(body);
    ObjectNode tree = canonical.declared().assemble(resourceSchema, canonical.attributes());
    RequiredAttributes.check(resourceSchema, tree);
    return tree;
  }

  /**
   * The canonical form of a client body for replace (RFC 7644 §3.5.1). ReadOnly values
   * ({@code id}, {@code meta}, {@code groups}, readOnly sub-attributes of corresponding complex
   * values) come from {@code existing}, whatever the body says; writeOnly and immutable values
   * the body leaves out are kept; attributes the body leaves out otherwise are cleared.
   *
   * @param body the parsed request body; not changed
   * @param existing the stored canonical tree; not changed
   * @return a new canonical tree, comparable with {@code existing} to detect a no-op
   * @throws ScimException 400 {@code mutability} when an immutable value would change, or any
   *     error of {@link #forCreate}
   */
  public ObjectNode forReplace(ObjectNode body, ObjectNode existing) {
    CanonicalBody canonical = clientInput.resource(body);
    ObjectNode attributes = canonical.attributes();
    ReplaceMerge.apply(resourceSchema, attributes, existing);
    ObjectNode tree = canonical.declared().assemble(resourceSchema, attributes);
    RequiredAttributes.check(resourceSchema, tree);
    return tree;
  }

  /**
   * Checks and coerces a value written to one attribute, as a PATCH operation does: the same
   * tolerances as for bodies apply ({@code "False"} becomes {@code false}, sub-attribute names
   * are respelled, readOnly sub-attributes and nulls are dropped, unknown sub-attributes follow
   * the policy). The result has the shape of the input: for a multi-valued attribute an array
   * gives an array (at most one of whose values may be primary) and a single value gives one
   * canonical value; a single-valued attribute gives one value.
   *
   * @param target the attribute or sub-attribute written
   * @param value the value as sent
   * @return the canonical value, or {@link NullNode} when the value amounts to none (null, an
   *     empty array or object)
   * @throws ScimException 400 {@code invalidValue} naming the attribute path
   */
  public JsonNode coerceValue(ResolvedPath target, JsonNode value) {
    AttributeDefinition leaf = target.leaf();
    String label = target.path().render();
    JsonNode canonical = leaf.multiValued() && value != null && !value.isArray()
        ? clientInput.single(leaf, value, label)
        : clientInput.value(leaf, value, label);
    return canonical == null ? NullNode.getInstance() : canonical;
  }

  /**
   * Checks a whole canonical tree, such as the result of a PATCH, without changing it: the
   * {@code schemas} member, value types (no coercion: the tree must already be canonical), at
   * most one primary value, required attributes and, when {@code before} is given, that
   * readOnly attributes other than {@code meta} are unchanged and immutable ones that had a
   * value still have it. Unknown attributes follow the policy.
   *
   * @param candidate the tree to check
   * @param before the tree it was derived from, or null to skip the mutability checks
   * @throws ScimException 400 as for {@link #forCreate}, or 400 {@code mutability}
   */
  public void checkResult(ObjectNode candidate, ObjectNode before) {
    stored.resource(candidate);
    RequiredAttributes.check(resourceSchema, candidate);
    if (before != null) {
      ResultMutability.check(scopes, candidate, before);
    }
  }

  /**
   * Checks a tree derived from a valid canonical {@code before} by copy-on-write, as a PATCH
   * derives its result: a new root whose unchanged members (top-level attributes, extension
   * objects, attributes inside a copied extension object) are the very nodes of {@code before}.
   * Only members that are not are checked, so the cost follows the size of the change rather
   * than of the resource.
   *
   * <p>When {@code before} passes {@link #checkResult checkResult(before, null)} and the edit
   * names top-level and extension attributes as the schema spells them (as PATCH does), this
   * throws exactly when {@link #checkResult checkResult(candidate, before)} throws, with the
   * same error: an unchanged member passed the same checks in {@code before}, and the changed
   * ones are checked in the order the whole-tree check visits them. A member changed in place
   * rather than replaced by a new node would escape the check, so the candidate must share
   * nothing it changed with {@code before}.
   *
   * @param candidate the tree to check
   * @param before the valid tree it was derived from
   * @throws ScimException 400 as for {@link #checkResult}
   */
  public void checkChanges(ObjectNode candidate, ObjectNode before) {
    Objects.requireNonNull(before, "before");
    changedValues.check(candidate, before);
    RequiredAttributes.checkChanged(resourceSchema, candidate, before);
    ResultMutability.check(scopes, candidate, before);
  }
}
