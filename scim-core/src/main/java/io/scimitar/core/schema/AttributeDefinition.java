package io.scimitar.core.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One attribute of a schema with every characteristic of RFC 7643 §2 and §7. Immutable; built
 * with {@link #builder(String, AttributeType)}. Sub-attributes are looked up case-insensitively,
 * as attribute names are case-insensitive (RFC 7643 §2.1).
 */
public final class AttributeDefinition {
  private final String name;
  private final AttributeType type;
  private final boolean multiValued;
  private final String description;
  private final boolean required;
  private final List<String> canonicalValues;
  private final boolean caseExact;
  private final Mutability mutability;
  private final Returned returned;
  private final Uniqueness uniqueness;
  private final List<String> referenceTypes;
  private final List<AttributeDefinition> subAttributes;
  private final NameIndex<AttributeDefinition> subAttributesByName;

  private AttributeDefinition(Builder builder) {
    this.name = builder.name;
    this.type = builder.type;
    this.multiValued = builder.multiValued;
    this.description = builder.description;
    this.required = builder.required;
    this.canonicalValues = List.copyOf(builder.canonicalValues);
    this.caseExact = builder.caseExact;
    this.mutability = builder.mutability;
    this.returned = builder.returned;
    this.uniqueness = builder.uniqueness;
    this.referenceTypes = List.copyOf(builder.referenceTypes);
    this.subAttributes = List.copyOf(builder.subAttributes);
    this.subAttributesByName = new NameIndex<>(subAttributes, AttributeDefinition::name, sub -> {
      throw new IllegalArgumentException(
          "duplicate sub-attribute '" + sub.name() + "' in '" + name + "'");
    });
    if (type == AttributeType.COMPLEX && subAttributes.isEmpty()) {
      throw new IllegalArgumentException("complex attribute '" + name + "' has no sub-attributes");
    }
  }

  /** Starts a definition with RFC 7643 §2.2 defaults (readWrite, returned default, ...). */
  public static Builder builder(String name, AttributeType type) {
    return new Builder(name, type);
  }

  public String name() {
    return name;
  }

  public AttributeType type() {
    return type;
  }

  public boolean multiValued() {
    return multiValued;
  }

  public String description() {
    return description;
  }

  public boolean required() {
    return required;
  }

  /** Suggested values; enforced only when the registry is configured strict. */
  public List<String> canonicalValues() {
    return canonicalValues;
  }

  public boolean caseExact() {
    return caseExact;
  }

  public Mutability mutability() {
    return mutability;
  }

  public Returned returned() {
    return returned;
  }

  public Uniqueness uniqueness() {
    return uniqueness;
  }

  public List<String> referenceTypes() {
    return referenceTypes;
  }

  public List<AttributeDefinition> subAttributes() {
    return subAttributes;
  }

  /** Whether this is a complex attribute. */
  public boolean isComplex() {
    return type == AttributeType.COMPLEX;
  }

  /** Looks up a sub-attribute by name, case-insensitively. */
  public Optional<AttributeDefinition> subAttribute(String subName) {
    return Optional.ofNullable(subAttributesByName.get(subName));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AttributeDefinition that
        && name.equals(that.name)
        && type == that.type
        && multiValued == that.multiValued
        && Objects.equals(description, that.description)
        && required == that.required
        && canonicalValues.equals(that.canonicalValues)
        && caseExact == that.caseExact
        && mutability == that.mutability
        && returned == that.returned
        && uniqueness == that.uniqueness
        && referenceTypes.equals(that.referenceTypes)
        && subAttributes.equals(that.subAttributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, multiValued, required, mutability, subAttributes);
  }

  @Override
  public String toString() {
    return "AttributeDefinition[" + name + ": " + type.scimName() + (multiValued ? "[]" : "") + "]";
  }

  /** Builds an {@link AttributeDefinition}; defaults follow RFC 7643 §2.2. */
  public static final class Builder {
    private final String name;
    private final AttributeType type;
    private boolean multiValued;
    private String description = "";
    private boolean required;
    private final List<String> canonicalValues = new ArrayList<>();
    private boolean caseExact;
    private Mutability mutability = Mutability.READ_WRITE;
    private Returned returned = Returned.DEFAULT;
    private Uniqueness uniqueness = Uniqueness.NONE;
    private final List<String> referenceTypes = new ArrayList<>();
    private final List<AttributeDefinition> subAttributes = new ArrayList<>();

    private Builder(String name, AttributeType type) {
      if (name == null || name.isEmpty()) {
        throw new IllegalArgumentException("attribute name is empty");
      }
      this.name = name;
      this.type = Objects.requireNonNull(type, "type");
    }

    public Builder multiValued(boolean value) {
      this.multiValued = value;
      return this;
    }

    public Builder description(String value) {
      this.description = value == null ? "" : value;
      return this;
    }

    public Builder required(boolean value) {
      this.required = value;
      return this;
    }

    public Builder canonicalValues(List<String> values) {
      this.canonicalValues.addAll(values);
      return this;
    }

    public Builder caseExact(boolean value) {
      this.caseExact = value;
      return this;
    }

    public Builder mutability(Mutability value) {
      this.mutability = Objects.requireNonNull(value);
      return this;
    }

    public Builder returned(Returned value) {
      this.returned = Objects.requireNonNull(value);
      return this;
    }

    public Builder uniqueness(Uniqueness value) {
      this.uniqueness = Objects.requireNonNull(value);
      return this;
    }

    public Builder referenceTypes(List<String> values) {
      this.referenceTypes.addAll(values);
      return this;
    }

    public Builder subAttribute(AttributeDefinition value) {
      this.subAttributes.add(Objects.requireNonNull(value));
      return this;
    }

    public AttributeDefinition build() {
      return new AttributeDefinition(this);
    }
  }
}
