package io.scimitar.core.path;

import io.scimitar.core.filter.Filter;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code path} of a PATCH operation (RFC 7644 §3.5.2): {@code attrPath} or
 * {@code valuePath ["." subAttr]}. Examples and their parts:
 *
 * <ul>
 *   <li>{@code name.givenName}: attribute {@code name.givenName}, no filter, no sub-attribute (the
 *       attribute path carries its own sub-attribute when there is no filter);
 *   <li>{@code members[value eq "2819c223"]}: attribute {@code members}, filter
 *       {@code value eq "2819c223"};
 *   <li>{@code emails[type eq "work"].value}: attribute {@code emails}, filter
 *       {@code type eq "work"}, sub-attribute {@code value}.
 * </ul>
 *
 * <p>The filter's paths are relative to the attribute, as inside a filter's value path. Names are
 * kept as written; resolve them against the schema before use.
 *
 * @param attribute the attribute (with its sub-attribute when there is no filter)
 * @param valueFilter the condition selecting values of a multi-valued attribute, or null
 * @param subAttribute the sub-attribute after the filter's {@code ]}, or null
 */
public record PatchPath(AttributePath attribute, Filter valueFilter, String subAttribute) {

  public PatchPath {
    Objects.requireNonNull(attribute, "attribute");
    if (valueFilter == null && subAttribute != null) {
      throw new IllegalArgumentException(
          "a sub-attribute after the filter needs a filter; put it in the attribute path");
    }
    if (valueFilter != null && attribute.hasSubAttribute()) {
      throw new IllegalArgumentException("a value filter applies to an attribute, not to "
          + "the sub-attribute " + attribute.render());
    }
  }

  /** A path without a value filter, e.g. {@code name.givenName}. */
  public static PatchPath of(AttributePath attribute) {
    return new PatchPath(attribute, null, null);
  }

  /** The value filter, if the path has one. */
  public Optional<Filter> filter() {
    return Optional.ofNullable(valueFilter);
  }

  /** The sub-attribute after the filter, if any. */
  public Optional<String> subAttributeAfterFilter() {
    return Optional.ofNullable(subAttribute);
  }

  /** Whether the path selects values with a filter. */
  public boolean hasValueFilter() {
    return valueFilter != null;
  }

  /** The path as text; parsing it gives an equal path. */
  public String render() {
    StringBuilder text = new StringBuilder(attribute.render());
    if (valueFilter != null) {
      text.append('[').append(valueFilter.render()).append(']');
    }
    if (subAttribute != null) {
      text.append('.').append(subAttribute);
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return render();
  }
}
