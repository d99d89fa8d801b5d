package io.scimitar.core.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every schema and resource type a service provider knows. User, Group and the Enterprise User
 * extension are just built-in registrations ({@link Builder#withBuiltIns()}); a host adds its own
 * schemas, extensions and resource types the same way. Immutable once built.
 */
public final class SchemaRegistry {
  private final Map<String, Schema> schemasByKey;
  private final Map<String, ResourceSchema> resourceSchemasByName;
  private final Map<String, ResourceSchema> resourceSchemasByEndpoint;

  private SchemaRegistry(Builder builder) {
    this.schemasByKey = Collections.unmodifiableMap(new LinkedHashMap<>(builder.schemas));
    Map<String, ResourceSchema> byName = new LinkedHashMap<>();
    Map<String, ResourceSchema> byEndpoint = new LinkedHashMap<>();
    for (ResourceType type : builder.resourceTypes) {
      Schema core = requireSchema(type.schema(), type);
      List<Schema> extensions = new ArrayList<>();
      for (SchemaExtension extension : type.schemaExtensions()) {
        extensions.add(requireSchema(extension.schema(), type));
      }
      ResourceSchema resourceSchema = new ResourceSchema(type, core, extensions);
      if (byName.put(key(type.name()), resourceSchema) != null) {
        throw new IllegalArgumentException("duplicate resource type " + type.name());
      }
      if (byEndpoint.put(key(type.endpoint()), resourceSchema) != null) {
        throw new IllegalArgumentException("duplicate endpoint " + type.endpoint());
      }
    }
    this.resourceSchemasByName = Collections.unmodifiableMap(byName);
    this.resourceSchemasByEndpoint = Collections.unmodifiableMap(byEndpoint);
  }

  /** Starts an empty registry; call {@link Builder#withBuiltIns()} for User and Group. */
  public static Builder builder() {
    return new Builder();
  }

  /** A registry with the built-in User (with Enterprise extension) and Group types. */
  public static SchemaRegistry defaults() {
    return builder().withBuiltIns().build();
  }

  private static String key(String value) {
    return value.toLowerCase(Locale.ROOT);
  }

  private Schema requireSchema(String urn, ResourceType type) {
    Schema schema = schemasByKey.get(key(urn));
    if (schema == null) {
      throw new IllegalArgumentException(
          "resource type " + type.name() + " names unregistered schema " + urn);
    }
    return schema;
  }

  /** Every registered schema, in registration order. */
  public Collection<Schema> schemas() {
    return schemasByKey.values();
  }

  /** A schema by URN, case-insensitively. */
  public Optional<Schema> schema(String urn) {
    return Optional.ofNullable(schemasByKey.get(key(urn)));
  }

  /** Every registered resource type, in registration order. */
  public Collection<ResourceSchema> resourceSchemas() {
    return resourceSchemasByName.values();
  }

  /** A resource type by name (e.g. {@code User}), case-insensitively. */
  public Optional<ResourceSchema> findResourceSchema(String resourceTypeName) {
    return Optional.ofNullable(resourceSchemasByName.get(key(resourceTypeName)));
  }

  /** A resource type by name that must exist. */
  public ResourceSchema resourceSchema(String resourceTypeName) {
    return findResourceSchema(resourceTypeName)
        .orElseThrow(
            () -> new IllegalArgumentException("unknown resource type " + resourceTypeName));
  }

  /** A resource type by endpoint (e.g. {@code /Users}), case-insensitively. */
  public Optional<ResourceSchema> resourceSchemaByEndpoint(String endpoint) {
    return Optional.ofNullable(resourceSchemasByEndpoint.get(key(endpoint)));
  }

  /** Collects schemas and resource types; validates references on {@link #build()}. */
  public static final class Builder {
    private final Map<String, Schema> schemas = new LinkedHashMap<>();
    private final List<ResourceType> resourceTypes = new ArrayList<>();

    private Builder() {}

    /** Registers User (with the Enterprise User extension), Group and the discovery schemas. */
    public Builder withBuiltIns() {
      BuiltInSchemas.resourceSchemas().forEach(this::schema);
      BuiltInSchemas.discoverySchemas().forEach(this::schema);
      resourceType(BuiltInSchemas.USER_RESOURCE_TYPE);
      resourceType(BuiltInSchemas.GROUP_RESOURCE_TYPE);
      return this;
    }

    /** Registers a schema; a later registration with the same URN replaces an earlier one. */
    public Builder schema(Schema schema) {
      schemas.put(key(schema.id()), schema);
      return this;
    }

    /** Registers a resource type whose schemas are (or will be) registered. */
    public Builder resourceType(ResourceType resourceType) {
      resourceTypes.add(resourceType);
      return this;
    }

    public SchemaRegistry build() {
      return new SchemaRegistry(this);
    }
  }
}
