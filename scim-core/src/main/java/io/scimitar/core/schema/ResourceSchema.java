package io.scimitar.core.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A resource type together with its resolved core schema and extension schemas: everything
 * needed to resolve attribute names of one kind of resource. Obtained from
 * {@link SchemaRegistry#resourceSchema(String)}.
 */
public final class ResourceSchema {
  private final ResourceType resourceType;
  private final Schema coreSchema;
  private final NameIndex<Schema> extensionsByUrn;
  /** The core schema's attributes, then the common ones it does not define itself. */
  private final NameIndex<AttributeDefinition> coreAttributesByName;
  private final List<Schema> extensions;

  ResourceSchema(ResourceType resourceType, Schema coreSchema, List<Schema> extensions) {
    this.resourceType = resourceType;
    this.coreSchema = coreSchema;
    this.extensions = List.copyOf(extensions);
    // A repeated extension is the same schema twice; the first one found is as good as any.
    this.extensionsByUrn = new NameIndex<>(this.extensions, Schema::id, repeated -> {});
    List<AttributeDefinition> coreAttributes = new ArrayList<>(coreSchema.attributes());
    coreAttributes.addAll(CommonAttributes.all());
    // A core schema that defines a common attribute's name itself shadows the common one.
    this.coreAttributesByName =
        new NameIndex<>(coreAttributes, AttributeDefinition::name, shadowed -> {});
  }

  public ResourceType resourceType() {
    return resourceType;
  }

  public Schema coreSchema() {
    return coreSchema;
  }

  /** The extension schemas, in declaration order. */
  public List<Schema> extensions() {
    return extensions;
  }

  /** The core schema URN followed by every extension URN. */
  public List<String> schemaUrns() {
    List<String> urns = new ArrayList<>(extensions.size() + 1);
    urns.add(coreSchema.id());
    extensions.forEach(extension -> urns.add(extension.id()));
    return urns;
  }

  /** Finds an extension schema by URN, case-insensitively. */
  public Optional<Schema> extension(String urn) {
    return Optional.ofNullable(extensionsByUrn.get(urn));
  }

  /** Whether the extension with this URN is declared required by the resource type. */
  public boolean isRequiredExtension(String urn) {
    return resourceType.schemaExtensions().stream()
        .anyMatch(extension -> extension.required() && extension.schema().equalsIgnoreCase(urn));
  }

  /** Finds a schema (core or extension) by URN, case-insensitively. */
  public Optional<Schema> schema(String urn) {
    if (coreSchema.id().equalsIgnoreCase(urn)) {
      return Optional.of(coreSchema);
    }
    return extension(urn);
  }

  /**
   * Finds a top-level attribute of the core schema or a common attribute ({@code id},
   * {@code externalId}, {@code meta}), case-insensitively.
   */
  public Optional<AttributeDefinition> coreAttribute(String name) {
    return Optional.ofNullable(coreAttributesByName.get(name));
  }
}
