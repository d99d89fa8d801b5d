package io.scimitar.core.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.json.JsonContent;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.path.ResolvedPath;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.CommonAttributes;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.Returned;
import io.scimitar.core.schema.Schema;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which attributes of a resource a response shows: the {@code attributes} and
 * {@code excludedAttributes} parameters (RFC 7644 §3.9) combined with each attribute's
 * {@code returned} characteristic (RFC 7643 §7), for core and extension attributes and their
 * sub-attributes. Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@code returned: never} (the password) is never shown;
 *   <li>{@code returned: always} ({@code id}) is always shown, whatever the parameters say;
 *   <li>{@code returned: default} is shown unless {@code attributes} is given without it, or
 *       {@code excludedAttributes} names it;
 *   <li>{@code returned: request} is shown only when {@code attributes} names it.
 * </ul>
 *
 * <p>Naming an attribute selects its sub-attributes by their own {@code returned}; naming a
 * sub-attribute ({@code name.givenName}) selects or excludes just that one. A schema URN selects
 * or excludes every attribute of that schema as if each were named. {@code schemas} is always
 * shown, less the URNs of extensions whose attributes were all left out.
 *
 * <p>Decisions where RFC 7644 is silent, following what most service providers do: names that
 * the resource type does not define are ignored (not an error); a value filter in an entry, as
 * in {@code emails[type eq "work"]}, is ignored and the whole attribute selected; giving both
 * parameters is 400 {@code invalidValue}, since no answer would be both what the one and the
 * other asked for; a malformed entry is 400 {@code invalidValue}. Attributes in a tree that the
 * schema does not define behave like {@code returned: default} attributes that cannot be named.
 */
public final class Projection {

  /** How the parameters select attributes. */
  private enum Mode {
    DEFAULT,
    INCLUDE,
    EXCLUDE
  }

  private final ResourceSchema resourceSchema;
  private final Mode mode;
  private final Map<String, Selection> selections;
  private final ResourceMembers members =
      new ResourceMembers(new MemberRules(this::topLevelMember));

  private Projection(ResourceSchema resourceSchema, Mode mode, Map<String, Selection> selections) {
    this.resourceSchema = resourceSchema;
    this.mode = mode;
    this.selections = Collections.unmodifiableMap(selections);
  }

  /**
   * The projection for a request.
   *
   * @param resourceSchema the resource type of the resources projected
   * @param attributes the {@code attributes} parameter (comma-separated paths), or null
   * @param excludedAttributes the {@code excludedAttributes} parameter, or null
   * @throws ScimException 400 {@code invalidValue} when both are given or an entry is malformed
   */
  public static Projection of(ResourceSchema resourceSchema, String attributes,
      String excludedAttributes) {
    boolean include = attributes != null && !attributes.isBlank();
    boolean exclude = excludedAttributes != null && !excludedAttributes.isBlank();
    if (include && exclude) {
      throw ScimException.invalidValue(
          "attributes and excludedAttributes cannot be used together; send one of them");
    }
    if (!include && !exclude) {
      return new Projection(resourceSchema, Mode.DEFAULT, Map.of());
    }
    String parameter = include ? attributes : excludedAttributes;
    String parameterName = include ? "attributes" : "excludedAttributes";
    Map<String, SelectionBuilder> builders = new LinkedHashMap<>();
    for (String entry : AttributeList.split(parameter)) {
      select(resourceSchema, AttributeList.withoutValueFilter(entry), parameterName, builders);
    }
    Map<String, Selection> selections = new LinkedHashMap<>();
    builders.forEach((key, builder) -> selections.put(key, builder.build()));
    return new Projection(resourceSchema, include ? Mode.INCLUDE : Mode.EXCLUDE, selections);
  }

  private static void select(ResourceSchema resourceSchema, String entry, String parameterName,
      Map<String, SelectionBuilder> selections) {
    Optional<Schema> wholeSchema = resourceSchema.schema(entry);
    if (wholeSchema.isPresent()) {
      String urn = resourceSchema.extension(entry).map(Schema::id).orElse(null);
      for (AttributeDefinition attribute : wholeSchema.get().attributes()) {
        selections.computeIfAbsent(key(urn, attribute), k -> new SelectionBuilder()).whole = true;
      }
      return;
    }
    AttributePath path;
    try {
      path = AttributePath.parse(entry);
    } catch (ScimException e) {
      throw ScimException.invalidValue(parameterName + ": " + e.detail());
    }
    Optional<ResolvedPath> resolved = ResolvedPath.resolve(path, resourceSchema);
    if (resolved.isEmpty()) {
      return;
    }
    ResolvedPath target = resolved.get();
    SelectionBuilder selection = selections.computeIfAbsent(
        key(target.path().schema(), target.attribute()), k -> new SelectionBuilder());
    if (target.subAttribute() == null) {
      selection.whole = true;
    } else {
      selection.subAttributes.add(lower(target.subAttribute().name()));
    }
  }

  private static String key(String urn, AttributeDefinition attribute) {
    return urn == null ? lower(attribute.name()) : lower(urn) + ":" + lower(attribute.name());
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  /**
   * The projected copy of a canonical resource tree; the tree itself is not changed.
   *
   * @param canonicalTree a resource in canonical form (as stored)
   * @return a new tree with only the attributes this projection shows, sharing no object or
   *     array with {@code canonicalTree}, so callers may change it freely
   */
  public ObjectNode apply(ObjectNode canonicalTree) {
    return apply(canonicalTree, Map.of());
  }

  /**
   * The projected copy of a canonical resource tree with some top-level members replaced, as
   * when a service answers with members it computes ({@code meta.location}, {@code groups}).
   *
   * @param canonicalTree a resource in canonical form (as stored); not changed
   * @param replacedMembers top-level members by canonical name, shown instead of the tree's own
   *     (or added); a null value removes the member
   * @return a new tree, sharing no object or array with its inputs
   */
  public ObjectNode apply(ObjectNode canonicalTree, Map<String, JsonNode> replacedMembers) {
    return members.copy(canonicalTree, replacedMembers);
  }

  /**
   * What {@link #apply(ObjectNode, Map)} would return, as content written straight into a
   * response, without building the projected tree. The JSON is the same, byte for byte; none of
   * the trees may change until it is written.
   */
  public JsonContent content(ObjectNode canonicalTree, Map<String, JsonNode> replacedMembers) {
    return out -> members.write(out, canonicalTree, replacedMembers);
  }

  /**
   * The same content for a stored resource. A projection without parameters also keeps the
   * resource's members, encoded, with a resource it writes a second time (see
   * {@link ScimResource#keepRendering}): stores that hold resources in memory hand out the same
   * instance for every read of a version, and from the third read on its response is mostly
   * copied bytes. Resources read once, as from a database, are never encoded apart.
   */
  public JsonContent content(ScimResource resource, Map<String, JsonNode> replacedMembers) {
    return mode == Mode.DEFAULT
        ? members.keptContent(this, resource, replacedMembers)
        : content(resource.view(), replacedMembers);
  }

  /** What is shown of a top-level member, by its name. */
  private Shown topLevelMember(String name) {
    if (name.equals(CommonAttributes.SCHEMAS)) {
      return Shown.Verbatim.INSTANCE;
    }
    // Extensions are named by URNs, which hold a colon; attribute names never do (RFC 7643
    // §2.1), so most members skip the case-insensitive lookup.
    Optional<Schema> extension =
        name.indexOf(':') >= 0 ? resourceSchema.extension(name) : Optional.empty();
    if (extension.isPresent()) {
      Schema schema = extension.get();
      return new ExtensionMembers(
          new MemberRules(member -> attribute(schema.id(), schema.attribute(member))));
    }
    return attribute(null, resourceSchema.coreAttribute(name));
  }

  /** What is shown of an attribute (of the extension {@code urn}, or core when null). */
  private Shown attribute(String urn, Optional<AttributeDefinition> definition) {
    if (definition.isEmpty()) {
      // A member the schema does not define: shown like a default attribute, never selectable.
      return mode == Mode.INCLUDE ? Shown.Nothing.INSTANCE : Shown.Verbatim.INSTANCE;
    }
    AttributeDefinition attribute = definition.get();
    Selection selection = selection(urn, attribute);
    boolean shown = keepsAttribute(attribute, selection);
    if (!attribute.isComplex()) {
      return shown ? Shown.Verbatim.INSTANCE : Shown.Nothing.INSTANCE;
    }
    Set<String> shownSubAttributes = new HashSet<>();
    for (AttributeDefinition sub : attribute.subAttributes()) {
      if (keepsSubAttribute(attribute, selection, sub)) {
        shownSubAttributes.add(sub.name());
      }
    }
    return shown || !shownSubAttributes.isEmpty()
        ? new ComplexValues(attribute, shown, shownSubAttributes)
        : Shown.Nothing.INSTANCE;
  }

  /** The parameters' selection of an attribute; null when they name nothing (the default). */
  private Selection selection(String urn, AttributeDefinition attribute) {
    return selections.isEmpty() ? null : selections.get(key(urn, attribute));
  }

  /** Whether the attribute is shown as a whole (its sub-attributes by their own rules). */
  private boolean keepsAttribute(AttributeDefinition attribute, Selection selection) {
    Returned returned = attribute.returned();
    if (returned == Returned.NEVER) {
      return false;
    }
    if (returned == Returned.ALWAYS) {
      return true;
    }
    boolean whole = selection != null && selection.whole();
    return switch (mode) {
      case DEFAULT -> returned == Returned.DEFAULT;
      case INCLUDE -> whole;
      case EXCLUDE -> returned == Returned.DEFAULT && !whole;
    };
  }

  private boolean keepsSubAttribute(AttributeDefinition attribute, Selection selection,
      AttributeDefinition sub) {
    Returned returned = sub.returned();
    if (returned == Returned.NEVER || attribute.returned() == Returned.NEVER) {
      return false;
    }
    if (returned == Returned.ALWAYS) {
      return true;
    }
    boolean named = selection != null && selection.subAttributes().contains(lower(sub.name()));
    boolean parentShown = keepsAttribute(attribute, selection);
    return switch (mode) {
      case DEFAULT -> parentShown && returned == Returned.DEFAULT;
      case INCLUDE -> named || (parentShown && returned == Returned.DEFAULT);
      case EXCLUDE -> parentShown && returned == Returned.DEFAULT && !named;
    };
  }

  /**
   * Whether a response would show (some of) the attribute at {@code path}, if the resource had
   * it. A store can skip loading what is not shown, such as a group's members under
   * {@code excludedAttributes=members}.
   *
   * @param path an attribute or sub-attribute path, in any case, optionally URN-qualified
   */
  public boolean includes(AttributePath path) {
    Optional<ResolvedPath> resolved = ResolvedPath.resolve(path, resourceSchema);
    if (resolved.isEmpty()) {
      return mode != Mode.INCLUDE;
    }
    AttributeDefinition attribute = resolved.get().attribute();
    Selection selection = selection(resolved.get().path().schema(), attribute);
    if (resolved.get().subAttribute() != null) {
      return keepsSubAttribute(attribute, selection, resolved.get().subAttribute());
    }
    if (keepsAttribute(attribute, selection)) {
      return true;
    }
    return attribute.isComplex() && attribute.subAttributes().stream()
        .anyMatch(sub -> keepsSubAttribute(attribute, selection, sub));
  }

  @Override
  public String toString() {
    return "Projection[" + mode + " " + selections.keySet() + "]";
  }

  /**
   * What the parameter says about one top-level attribute.
   *
   * @param whole whether the attribute itself is named
   * @param subAttributes the lower-cased names of its sub-attributes that are named
   */
  private record Selection(boolean whole, Set<String> subAttributes) {}

  /** Collects a {@link Selection} while the parameter is read. */
  private static final class SelectionBuilder {
    private boolean whole;
    private final Set<String> subAttributes = new HashSet<>();

    Selection build() {
      return new Selection(whole, Set.copyOf(subAttributes));
    }
  }
}
