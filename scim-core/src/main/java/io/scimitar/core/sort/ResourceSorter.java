package io.scimitar.core.sort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.filter.CaseFolding;
import io.scimitar.core.json.ScimDateTime;
import io.scimitar.core.path.PathValues;
import io.scimitar.core.path.ResolvedPath;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.CommonAttributes;
import io.scimitar.core.schema.ResourceSchema;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Orders resources of one type as RFC 7644 §3.4.2.3 defines {@code sortBy} and
 * {@code sortOrder}. Thread-safe and reusable.
 *
 * <ul>
 *   <li>A singular attribute sorts by its value. A multi-valued attribute sorts by the value of
 *       its primary element, if that element has one, or else by the first value in the list:
 *       {@code emails} and {@code emails.value} use the {@code value} sub-attribute,
 *       {@code addresses.locality} the locality. A singular complex attribute must name a
 *       sub-attribute ({@code name.familyName}).
 *   <li>Strings and references with {@code caseExact: false} collate case-insensitively
 *       ({@link CaseFolding}), ties broken case-sensitively; case-exact strings, references and
 *       binary compare by UTF-16 code unit; numbers numerically; dateTime values as instants;
 *       {@code false} before {@code true}.
 *   <li>Resources without a value (or with a value of the wrong JSON type) come last in
 *       ascending order. Remaining ties are broken by {@code id}, so the order is total and
 *       paging is stable. Descending order is the exact reverse, so missing values come first.
 * </ul>
 */
public final class ResourceSorter {
  private static final String VALUE = "value";
  private static final String PRIMARY = "primary";

  private final ResourceSchema resourceSchema;

  /** A sorter for resources of one type. */
  public ResourceSorter(ResourceSchema resourceSchema) {
    this.resourceSchema = Objects.requireNonNull(resourceSchema, "resourceSchema");
  }

  /**
   * The order of canonical resource trees requested by {@code spec}.
   *
   * @throws ScimException 400 {@code invalidPath} when {@code sortBy} names no attribute of the
   *     resource type, or names a complex attribute without a sub-attribute to sort by
   */
  public Comparator<ObjectNode> comparator(SortSpec spec) {
    Objects.requireNonNull(spec, "spec");
    ResolvedPath path = sortPath(spec);
    AttributeDefinition leaf = path.leaf();
    Comparator<JsonNode> byValue = valueOrder(leaf);
    Comparator<ObjectNode> ascending = Comparator
        .comparing((ObjectNode tree) -> sortValue(tree, path),
            Comparator.nullsLast(byValue))
        .thenComparing(ResourceSorter::id, Comparator.nullsLast(Comparator.naturalOrder()));
    return spec.order() == SortOrder.ASCENDING ? ascending : ascending.reversed();
  }

  /** The same order over {@link ScimResource}s. */
  public Comparator<ScimResource> resourceComparator(SortSpec spec) {
    return Comparator.comparing(ScimResource::view, comparator(spec));
  }

  /** Resolves {@code sortBy}; a complex attribute without sub-attribute means its value. */
  private ResolvedPath sortPath(SortSpec spec) {
    ResolvedPath path = ResolvedPath.resolve(spec.sortBy(), resourceSchema)
        .orElseThrow(() -> ScimException.invalidPath("sortBy '" + spec.sortBy().render()
            + "' is not an attribute of resource type "
            + resourceSchema.resourceType().name()));
    if (!path.leaf().isComplex()) {
      return path;
    }
    Optional<AttributeDefinition> value = path.attribute().multiValued()
        ? path.attribute().subAttribute(VALUE)
        : Optional.empty();
    return value
        .map(sub -> new ResolvedPath(path.path().withSubAttribute(sub.name()), path.attribute(),
            sub))
        .orElseThrow(() -> ScimException.invalidPath("sortBy '" + path.path().render()
            + "' is complex; name one of its sub-attributes, such as '"
            + path.path().withSubAttribute(path.leaf().subAttributes().get(0).name()).render()
            + "'"));
  }

  /**
   * The value a resource sorts by at a resolved path whose leaf is not complex (for
   * {@code emails} pass {@code emails.value}): the node inside {@code tree} itself, or null when
   * the resource has no value of the leaf's JSON type. Stores that precompute sort keys use it
   * so that their order is exactly this class's.
   */
  public static JsonNode sortValueAt(ObjectNode tree, ResolvedPath path) {
    return sortValue(Objects.requireNonNull(tree, "tree"), Objects.requireNonNull(path, "path"));
  }

  /** The value a resource sorts by, or null when it has none of the leaf's JSON type. */
  private static JsonNode sortValue(ObjectNode tree, ResolvedPath path) {
    JsonNode attribute = PathValues.attributeNode(tree, path);
    if (attribute == null) {
      return null;
    }
    if (!path.attribute().multiValued()) {
      return path.subAttribute() == null
          ? firstValue(attribute, path.leaf())
          : firstValue(attribute.get(path.subAttribute().name()), path.leaf());
    }
    if (path.subAttribute() == null) {
      return firstValue(attribute, path.leaf());
    }
    String subName = path.subAttribute().name();
    for (JsonNode element : attribute) {
      if (element.path(PRIMARY).asBoolean(false)) {
        JsonNode primaryValue = firstValue(element.get(subName), path.leaf());
        if (primaryValue != null) {
          return primaryValue;
        }
        break;
      }
    }
    for (JsonNode element : attribute) {
      JsonNode value = firstValue(element.get(subName), path.leaf());
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** The node itself, or an array's first usable element, if it fits the leaf's type. */
  private static JsonNode firstValue(JsonNode node, AttributeDefinition leaf) {
    JsonNode[] found = new JsonNode[1];
    PathValues.forEachElement(node, value -> {
      if (found[0] == null && fits(value, leaf)) {
        found[0] = value;
      }
    });
    return found[0];
  }

  private static boolean fits(JsonNode value, AttributeDefinition leaf) {
    return switch (leaf.type()) {
      case BOOLEAN -> value.isBoolean();
      case INTEGER, DECIMAL -> value.isNumber()
          && (!(value.isDouble() || value.isFloat()) || Double.isFinite(value.doubleValue()));
      case DATE_TIME -> value.isTextual() && ScimDateTime.tryParse(value.asText()).isPresent();
      case STRING, REFERENCE, BINARY, COMPLEX -> value.isTextual();
    };
  }

  private static Comparator<JsonNode> valueOrder(AttributeDefinition leaf) {
    return switch (leaf.type()) {
      case BOOLEAN -> Comparator.comparing(JsonNode::booleanValue);
      case INTEGER, DECIMAL -> Comparator.comparing(JsonNode::decimalValue);
      case DATE_TIME ->
          Comparator.comparing(value -> ScimDateTime.tryParse(value.asText()).orElseThrow());
      case STRING, REFERENCE -> leaf.caseExact()
          ? Comparator.comparing(JsonNode::asText)
          : Comparator.comparing((JsonNode value) -> CaseFolding.fold(value.asText()))
              .thenComparing((JsonNode value) -> value.asText());
      case BINARY, COMPLEX -> Comparator.comparing(JsonNode::asText);
    };
  }

  private static String id(ObjectNode tree) {
    JsonNode id = tree.get(CommonAttributes.ID);
    return id != null && id.isTextual() ? id.asText() : null;
  }
}
