package io.scimitar.core.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.schema.CommonAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One SCIM resource as the library holds it: every attribute, core and extension, in canonical
 * form (attribute names spelled as their schema defines them, extension attributes under their
 * schema URN, as in the JSON representation of RFC 7643 §3). Immutable: the tree it wraps is
 * never changed after construction; {@link #toJson()} hands out copies, and the {@code with...}
 * methods return new resources. What it caches (its parsed {@code meta}, its {@code meta} as
 * served at a location, see {@link #metaAt}, and a rendering, see {@link #keepRendering}) is
 * derived from the tree and takes no part in equality.
 *
 * <p>Store implementers who prefer typed models use the User and Group views.
 */
public final class ScimResource {
  private final String resourceType;
  private final ObjectNode node;
  /** The metadata, read from the tree when first asked for; null until then (or without any). */
  private volatile Meta meta;
  /** See {@link #keepRendering}; a resource shared between threads may be rendered by any. */
  private volatile Rendering rendering;
  /** See {@link #metaAt}; the last one asked for. */
  private volatile LocatedMeta locatedMeta;

  private ScimResource(String resourceType, ObjectNode node) {
    this.resourceType = Objects.requireNonNull(resourceType, "resourceType");
    this.node = Objects.requireNonNull(node, "node");
  }

  /**
   * Wraps a canonical tree. The resource takes ownership: the caller must not change the tree
   * afterwards (use {@link #copyOf} to keep using it).
   */
  public static ScimResource wrap(String resourceType, ObjectNode canonical) {
    return new ScimResource(resourceType, canonical);
  }

  /** A resource holding a copy of a canonical tree. */
  public static ScimResource copyOf(String resourceType, ObjectNode canonical) {
    return new ScimResource(resourceType, canonical.deepCopy());
  }

  /** The resource type name, e.g. {@code User}. */
  public String resourceType() {
    return resourceType;
  }

  /** The server-assigned id, if it has one yet. */
  public Optional<String> id() {
    return text(CommonAttributes.ID);
  }

  /** The client's external id, if any. */
  public Optional<String> externalId() {
    return text(CommonAttributes.EXTERNAL_ID);
  }

  /** The metadata, if the resource has been stored. */
  public Optional<Meta> meta() {
    Meta parsed = meta;
    if (parsed == null) {
      parsed = Meta.fromJson(node.get(CommonAttributes.META));
      meta = parsed;
    }
    return Optional.ofNullable(parsed);
  }

  /** The {@code schemas} URNs the resource declares. */
  public List<String> schemas() {
    List<String> urns = new ArrayList<>();
    node.path(CommonAttributes.SCHEMAS).forEach(urn -> urns.add(urn.asText()));
    return urns;
  }

  /**
   * A top-level member by its canonical name (a core attribute, or an extension URN for the
   * extension object). The returned node is part of this resource and must not be changed.
   */
  public Optional<JsonNode> get(String canonicalName) {
    JsonNode value = node.get(canonicalName);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
  }

  /** A top-level text member by canonical name. */
  public Optional<String> text(String canonicalName) {
    JsonNode value = node.get(canonicalName);
    return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }

  /**
   * The {@code meta} member as a response shows it: the stored one with {@code location} set,
   * or null when there is none. The node is built on the first call and handed out again while
   * the location stays the same, so that a resource held in memory and read over and over shows
   * one node, which a {@link io.scimitar.core.projection.Projection} encodes once. Like
   * {@link #view()}, it must not be changed.
   */
  public ObjectNode metaAt(String location) {
    LocatedMeta kept = locatedMeta;
    if (kept != null && kept.location().equals(location)) {
      return kept.meta();
    }
    if (!(node.get(CommonAttributes.META) instanceof ObjectNode stored)) {
      return null;
    }
    ObjectNode served = stored.deepCopy().put("location", location);
    locatedMeta = new LocatedMeta(location, served);
    return served;
  }

  /**
   * The canonical tree itself, for read-only traversal on hot paths (filter evaluation,
   * projection). It must not be changed; use {@link #toJson()} for a copy to modify.
   */
  public ObjectNode view() {
    return node;
  }

  /**
   * Keeps a rendering of this resource (such as its JSON, encoded) with it, for whoever reads the
   * same resource again: stores that hold resources in memory hand out the same instance for
   * every read of a version, and the tree never changes, so neither does what is derived from
   * it. One rendering is kept at a time; keeping another replaces it.
   *
   * @param key who made the rendering and will ask for it, compared by identity
   */
  public void keepRendering(Object key, Object value) {
    rendering = new Rendering(Objects.requireNonNull(key, "key"), value);
  }

  /** The rendering kept under {@code key} (compared by identity), or null. */
  public Object rendering(Object key) {
    Rendering kept = rendering;
    return kept != null && kept.key() == key ? kept.value() : null;
  }

  /** A deep copy of the canonical tree. */
  public ObjectNode toJson() {
    return node.deepCopy();
  }

  /** This resource with another id. */
  public ScimResource withId(String id) {
    ObjectNode copy = node.deepCopy();
    copy.put(CommonAttributes.ID, id);
    return new ScimResource(resourceType, reorder(copy));
  }

  /** This resource with other metadata. */
  public ScimResource withMeta(Meta meta) {
    ObjectNode copy = node.deepCopy();
    copy.set(CommonAttributes.META, meta.toJson());
    return new ScimResource(resourceType, copy);
  }

  private record Rendering(Object key, Object value) {}

  private record LocatedMeta(String location, ObjectNode meta) {}

  /** Puts {@code schemas} and {@code id} first, the order people expect to read. */
  private static ObjectNode reorder(ObjectNode tree) {
    ObjectNode ordered = tree.objectNode();
    JsonNode schemas = tree.get(CommonAttributes.SCHEMAS);
    if (schemas instanceof ArrayNode) {
      ordered.set(CommonAttributes.SCHEMAS, schemas);
    }
    JsonNode id = tree.get(CommonAttributes.ID);
    if (id != null) {
      ordered.set(CommonAttributes.ID, id);
    }
    tree.properties().forEach(entry -> {
      if (!ordered.has(entry.getKey())) {
        ordered.set(entry.getKey(), entry.getValue());
      }
    });
    return ordered;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScimResource that
        && resourceType.equals(that.resourceType)
        && node.equals(that.node);
  }

  @Override
  public int hashCode() {
    return Objects.hash(resourceType, node);
  }

  @Override
  public String toString() {
    return resourceType + id().map(id -> "[" + id + "]").orElse("[new]");
  }
}
