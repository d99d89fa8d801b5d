package io.scimitar.core.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.path.ResolvedPath;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.CommonAttributes;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.Returned;
import io.scimitar.core.schema.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Whether a projected tree holds copies of the values it shows, or the values themselves. */
  private enum Values {
    COPIED {
      @Override
      JsonNode take(JsonNode value) {
        return value.deepCopy();
      }
    },
    SHARED {
      @Override
      JsonNode take(JsonNode value) {
        return value;
      }
    };

    abstract JsonNode take(JsonNode value);
  }

  /** How the parameters select attributes. */
  private enum Mode {
    DEFAULT,
    INCLUDE,
    EXCLUDE
  }

  private final ResourceSchema resourceSchema;
  private final Mode mode;
  private final Map<String, Selection> selections;

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
    return project(canonicalTree, replacedMembers, Values.COPIED);
  }

  /**
   * What {@link #apply(ObjectNode, Map)} would return, built without copying the values shown:
   * the result shares objects and arrays with its inputs. For writing a response out, where a
   * copy would be thrown away at once; none of the trees may be changed while the result is in
   * use.
   */
  public ObjectNode view(ObjectNode canonicalTree, Map<String, JsonNode> replacedMembers) {
    return project(canonicalTree, replacedMembers, Values.SHARED);
  }

  private ObjectNode project(
      ObjectNode canonicalTree, Map<String, JsonNode> replacedMembers, Values values) {
    ObjectNode result = NODES.objectNode();
    List<String> droppedExtensions = new ArrayList<>(1);
    for (Map.Entry<String, JsonNode> member : canonicalTree.properties()) {
      String key = member.getKey();
      JsonNode value = replacedMembers.containsKey(key)
          ? replacedMembers.get(key)
          : member.getValue();
      if (value != null) {
        member(key, value, values, result, droppedExtensions);
      }
    }
    replacedMembers.forEach((key, value) -> {
      if (value != null && !canonicalTree.has(key)) {
        member(key, value, values, result, droppedExtensions);
      }
    });
    if (!droppedExtensions.isEmpty() && result.get(CommonAttributes.SCHEMAS) instanceof ArrayNode
        schemas) {
      // A new array, not an edit: in a view, the schemas array is the stored tree's own.
      ArrayNode kept = NODES.arrayNode(schemas.size());
      for (JsonNode urn : schemas) {
        if (droppedExtensions.stream().noneMatch(urn.asText()::equalsIgnoreCase)) {
          kept.add(urn);
        }
      }
      result.set(CommonAttributes.SCHEMAS, kept);
    }
    return result;
  }

  /** Adds what is shown of one top-level member to {@code result}. */
  private void member(String key, JsonNode value, Values values, ObjectNode result,
      List<String> droppedExtensions) {
    if (key.equals(CommonAttributes.SCHEMAS)) {
      result.set(key, values.take(value));
      return;
    }
    // Extensions are named by URNs, which hold a colon; attribute names never do (RFC 7643
    // §2.1), so most members skip the case-insensitive lookup.
    Optional<Schema> extension =
        key.indexOf(':') >= 0 ? resourceSchema.extension(key) : Optional.empty();
    JsonNode projected;
    if (extension.isPresent()) {
      projected = value.isObject()
          ? attributes(extension.get(), (ObjectNode) value, values)
          : null;
      if (projected == null) {
        droppedExtensions.add(key);
      }
    } else {
      Optional<AttributeDefinition> attribute = resourceSchema.coreAttribute(key);
      projected = attribute.isPresent()
          ? attribute(null, attribute.get(), value, values)
          : unknownAttribute(value, values);
    }
    if (projected != null) {
      result.set(key, projected);
    }
  }

  private ObjectNode attributes(Schema extension, ObjectNode members, Values values) {
    ObjectNode result = NODES.objectNode();
    for (Map.Entry<String, JsonNode> member : members.properties()) {
      Optional<AttributeDefinition> attribute = extension.attribute(member.getKey());
      JsonNode projected = attribute.isPresent()
          ? attribute(extension.id(), attribute.get(), member.getValue(), values)
          : unknownAttribute(member.getValue(), values);
      if (projected != null) {
        result.set(member.getKey(), projected);
      }
    }
    return result.isEmpty() ? null : result;
  }

  /** A member the schema does not define: shown like a default attribute, never selectable. */
  private JsonNode unknownAttribute(JsonNode value, Values values) {
    return mode == Mode.INCLUDE ? null : values.take(value);
  }

  /** The projected value of one attribute, or null when nothing of it is shown. */
  private JsonNode attribute(
      String urn, AttributeDefinition attribute, JsonNode value, Values values) {
    Selection selection = selection(urn, attribute);
    if (!attribute.isComplex()) {
      return keepsAttribute(attribute, selection) ? values.take(value) : null;
    }
    if (mode == Mode.DEFAULT && keepsAttribute(attribute, null)
        && attribute.subAttributesReturnedByDefault() && keepsEveryElement(value)) {
      // What the element-by-element path below would build, without looking every member up.
      return values.take(value);
    }
    if (!value.isArray()) {
      return complexValue(attribute, selection, value, values);
    }
    ArrayNode result = NODES.arrayNode();
    for (JsonNode element : value) {
      JsonNode projected = complexValue(attribute, selection, element, values);
      if (projected != null) {
        result.add(projected);
      }
    }
    return result.isEmpty() ? null : result;
  }

  /** The parameters' selection of an attribute; null when they name nothing (the default). */
  private Selection selection(String urn, AttributeDefinition attribute) {
    return selections.isEmpty() ? null : selections.get(key(urn, attribute));
  }

  /**
   * Whether a shown complex value whose members are all shown stays as it is: empty objects are
   * left out, and so is an array left empty.
   */
  private static boolean keepsEveryElement(JsonNode value) {
    if (!value.isArray()) {
      return !(value.isObject() && value.isEmpty());
    }
    if (value.isEmpty()) {
      return false;
    }
    for (JsonNode element : value) {
      if (element.isObject() && element.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private JsonNode complexValue(AttributeDefinition attribute, Selection selection,
      JsonNode value, Values values) {
    if (!value.isObject()) {
      return keepsAttribute(attribute, selection) ? values.take(value) : null;
    }
    ObjectNode result = NODES.objectNode();
    for (Map.Entry<String, JsonNode> member : value.properties()) {
      Optional<AttributeDefinition> sub = attribute.subAttribute(member.getKey());
      boolean keep = sub.isPresent()
          ? keepsSubAttribute(attribute, selection, sub.get())
          : keepsAttribute(attribute, selection);
      if (keep) {
        result.set(member.getKey(), values.take(member.getValue()));
      }
    }
    return result.isEmpty() ? null : result;
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
