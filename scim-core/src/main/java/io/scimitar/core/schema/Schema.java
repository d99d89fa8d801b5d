package io.scimitar.core.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A schema (RFC 7643 §7): an id URN, a name, a description and its attributes. The common
 * attributes {@code id}, {@code externalId} and {@code meta} are not part of any schema; see
 * {@link CommonAttributes}.
 */
public final class Schema {
  private final String id;
  private final String name;
  private final String description;
  private final List<AttributeDefinition> attributes;
  private final NameIndex<AttributeDefinition> attributesByName;

  /**
   * Creates a schema.
   *
   * @param id the schema URN, e.g. {@code urn:ietf:params:scim:schemas:core:2.0:User}
   * @param name a human-readable name
   * @param description a description
   * @param attributes the top-level attributes
   */
  public Schema(String id, String name, String description, List<AttributeDefinition> attributes) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = name == null ? "" : name;
    this.description = description == null ? "" : description;
    this.attributes = List.copyOf(attributes);
    this.attributesByName = new NameIndex<>(this.attributes, AttributeDefinition::name, duplicate -> {
      throw new IllegalArgumentException(
          "duplicate attribute '" + duplicate.name() + "' in schema " + id);
    });
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public List<AttributeDefinition> attributes() {
    return attributes;
  }

  /** Looks up a top-level attribute by name, case-insensitively. */
  public Optional<AttributeDefinition> attribute(String attributeName) {
    return Optional.ofNullable(attributesByName.get(attributeName));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Schema that
        && id.equals(that.id)
        && name.equals(that.name)
        && description.equals(that.description)
        && attributes.equals(that.attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, attributes);
  }

  @Override
  public String toString() {
    return "Schema[" + id + "]";
  }
}
