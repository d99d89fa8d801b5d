package io.scimitar.core.path;

import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.Schema;
import java.util.Objects;
import java.util.Optional;

/**
 * An attribute path resolved against a resource type: the canonical path (names spelled as the
 * schema defines them; the URN kept only for extension attributes) and the definitions it names.
 *
 * @param path the canonical path
 * @param attribute the top-level attribute's definition
 * @param subAttribute the sub-attribute's definition, or null
 */
public record ResolvedPath(
    AttributePath path, AttributeDefinition attribute, AttributeDefinition subAttribute) {

  public ResolvedPath {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(attribute, "attribute");
  }

  /** The definition of what the path points at: the sub-attribute if named, else the attribute. */
  public AttributeDefinition leaf() {
    return subAttribute != null ? subAttribute : attribute;
  }

  /** The extension URN if the attribute belongs to an extension schema. */
  public Optional<String> extensionUrn() {
    return Optional.ofNullable(path.schema());
  }

  /**
   * Resolves a path against a resource type, case-insensitively. An unqualified name is looked
   * up in the core schema and common attributes first, then in the extensions in order.
   *
   * @return empty when the schema, attribute or sub-attribute is unknown
   */
  public static Optional<ResolvedPath> resolve(AttributePath path, ResourceSchema resourceSchema) {
    if (path.schema() != null) {
      if (path.schema().equalsIgnoreCase(resourceSchema.coreSchema().id())) {
        return resourceSchema.coreAttribute(path.name())
            .flatMap(attribute -> withSub(null, attribute, path.subAttribute()));
      }
      return resourceSchema.extension(path.schema())
          .flatMap(extension -> inExtension(extension, path));
    }
    Optional<AttributeDefinition> core = resourceSchema.coreAttribute(path.name());
    if (core.isPresent()) {
      return withSub(null, core.get(), path.subAttribute());
    }
    for (Schema extension : resourceSchema.extensions()) {
      Optional<ResolvedPath> found = inExtension(extension, path);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * Resolves a path relative to a complex attribute, as inside {@code emails[type eq "work"]}:
   * the path's name is a sub-attribute of {@code parent}.
   */
  public static Optional<ResolvedPath> resolveRelative(ResolvedPath parent, AttributePath relative) {
    if (relative.schema() != null || relative.subAttribute() != null
        || parent.subAttribute() != null) {
      return Optional.empty();
    }
    return parent.attribute().subAttribute(relative.name())
        .map(sub -> new ResolvedPath(
            parent.path().withSubAttribute(sub.name()), parent.attribute(), sub));
  }

  private static Optional<ResolvedPath> inExtension(Schema extension, AttributePath path) {
    return extension.attribute(path.name())
        .flatMap(attribute -> withSub(extension.id(), attribute, path.subAttribute()));
  }

  private static Optional<ResolvedPath> withSub(
      String schema, AttributeDefinition attribute, String subName) {
    if (subName == null) {
      return Optional.of(
          new ResolvedPath(new AttributePath(schema, attribute.name(), null), attribute, null));
    }
    return attribute.subAttribute(subName)
        .map(sub -> new ResolvedPath(
            new AttributePath(schema, attribute.name(), sub.name()), attribute, sub));
  }
}
