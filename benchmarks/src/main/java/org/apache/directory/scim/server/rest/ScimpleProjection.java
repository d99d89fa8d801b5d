package org.apache.directory.scim.server.rest;

import java.util.Set;
import org.apache.directory.scim.core.schema.SchemaRegistry;
import org.apache.directory.scim.server.exception.AttributeException;
import org.apache.directory.scim.spec.filter.attribute.AttributeReference;
import org.apache.directory.scim.spec.resources.ScimResource;

/**
 * Reaches SCIMple's attribute selection, which its REST layer applies to every response but which
 * is package-private ({@code AttributeUtil}). Living in that package is the only way to call it
 * without going through JAX-RS; it calls the same two methods the REST layer calls for an
 * {@code attributes} parameter.
 */
public final class ScimpleProjection {
  private final AttributeUtil attributes;

  /** Attribute selection over the given registry. */
  public ScimpleProjection(SchemaRegistry registry) {
    this.attributes = new AttributeUtil(registry);
  }

  /** Parses an {@code attributes} parameter and returns the resource with only those shown. */
  public <T extends ScimResource> T apply(T resource, String attributesParameter)
      throws AttributeException {
    Set<AttributeReference> selected = attributes.getAttributeReferences(attributesParameter);
    return attributes.setAttributesForDisplay(resource, selected);
  }
}
