package io.scimitar.store.jdbc;

import io.scimitar.core.path.AttributePath;
import io.scimitar.core.path.ResolvedPath;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.AttributeType;
import io.scimitar.core.schema.CommonAttributes;
import io.scimitar.core.schema.Mutability;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The attributes of one resource type as the store lays them out: {@code id} in the resource
 * row, a group's {@code members} in the membership table, every other attribute (and
 * {@code schemas}, which filters may name) in the value index under its canonical path.
 */
final class AttributeCatalog {
  /** {@code schemas} as filters see it: multi-valued, case-insensitive URIs (RFC 7644 §3.4.2.2). */
  static final AttributeDefinition SCHEMAS =
      AttributeDefinition.builder(CommonAttributes.SCHEMAS, AttributeType.REFERENCE)
          .multiValued(true)
          .caseExact(false)
          .mutability(Mutability.READ_ONLY)
          .referenceTypes(List.of("uri"))
          .build();

  private static final ResolvedPath SCHEMAS_PATH =
      new ResolvedPath(AttributePath.of(CommonAttributes.SCHEMAS), SCHEMAS, null);

  private final ResourceSchema schema;
  private final GroupMembers members;
  private final List<ResolvedPath> indexed;

  AttributeCatalog(ResourceSchema schema) {
    this.schema = schema;
    this.members = GroupMembers.of(schema).orElse(null);
    List<ResolvedPath> attributes = new ArrayList<>();
    attributes.add(SCHEMAS_PATH);
    for (AttributeDefinition common : CommonAttributes.all()) {
      if (!common.name().equals(CommonAttributes.ID)) {
        attributes.add(new ResolvedPath(AttributePath.of(common.name()), common, null));
      }
    }
    for (AttributeDefinition core : schema.coreSchema().attributes()) {
      if (members == null || !core.name().equals(members.name())) {
        attributes.add(new ResolvedPath(AttributePath.of(core.name()), core, null));
      }
    }
    for (Schema extension : schema.extensions()) {
      for (AttributeDefinition attribute : extension.attributes()) {
        attributes.add(new ResolvedPath(
            new AttributePath(extension.id(), attribute.name(), null), attribute, null));
      }
    }
    attributes.removeIf(path -> StorableText.utf8Length(key(path)) > StorableText.MAX_NAME_BYTES);
    this.indexed = List.copyOf(attributes);
  }

  /** The resource type's schemas. */
  ResourceSchema schema() {
    return schema;
  }

  /** The members attribute, if the type is group-like. */
  Optional<GroupMembers> members() {
    return Optional.ofNullable(members);
  }

  /** The top-level attributes kept in the value index, each without sub-attribute. */
  List<ResolvedPath> indexedAttributes() {
    return indexed;
  }

  /** The value-index key of an attribute: its canonical path without sub-attribute. */
  static String key(ResolvedPath path) {
    return path.path().parent().render();
  }

  /** Where a top-level path's values are kept; empty when the store does not keep them. */
  Optional<Column> resolve(AttributePath path) {
    if (path.schema() == null && !path.hasSubAttribute()
        && path.name().equalsIgnoreCase(CommonAttributes.SCHEMAS)) {
      return Optional.of(new Column.Value(key(SCHEMAS_PATH), "", SCHEMAS_PATH));
    }
    Optional<ResolvedPath> resolved = ResolvedPath.resolve(path, schema);
    if (resolved.isEmpty()) {
      return Optional.empty();
    }
    ResolvedPath found = resolved.get();
    boolean core = found.extensionUrn().isEmpty();
    if (core && found.attribute().name().equals(CommonAttributes.ID)) {
      return found.subAttribute() == null ? Optional.of(new Column.Id()) : Optional.empty();
    }
    if (core && members != null && found.attribute().name().equals(members.name())) {
      return Optional.of(new Column.Member(found));
    }
    return valueColumn(found);
  }

  /**
   * Where a path relative to a complex attribute (inside a value path such as
   * {@code emails[type eq "work"]}) is kept.
   */
  Optional<Column> resolveRelative(Column parent, AttributePath relative) {
    if (parent instanceof Column.Value value) {
      return ResolvedPath.resolveRelative(value.path(), relative).flatMap(this::valueColumn);
    }
    if (parent instanceof Column.Member member) {
      return ResolvedPath.resolveRelative(member.path(), relative).map(Column.Member::new);
    }
    return Optional.empty();
  }

  private Optional<Column> valueColumn(ResolvedPath path) {
    String attr = key(path);
    boolean isIndexed = indexed.stream().anyMatch(candidate -> key(candidate).equals(attr));
    String sub = path.subAttribute() == null ? "" : path.subAttribute().name();
    if (!isIndexed || StorableText.utf8Length(sub) > StorableText.MAX_NAME_BYTES) {
      return Optional.empty();
    }
    return Optional.of(new Column.Value(attr, sub, path));
  }
}
