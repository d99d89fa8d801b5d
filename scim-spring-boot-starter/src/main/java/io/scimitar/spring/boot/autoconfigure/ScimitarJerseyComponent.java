package io.scimitar.spring.boot.autoconfigure;

import org.glassfish.jersey.server.ResourceConfig;

/**
 * Something registered in the SCIM Jersey application besides the SCIM feature, such as a
 * JAX-RS filter. Declare a bean of this type to add one; {@link ScimitarJerseyConfiguration}
 * registers every such bean, in order.
 */
@FunctionalInterface
public interface ScimitarJerseyComponent {
  /** Registers the component in the SCIM application. */
  void register(ResourceConfig application);
}
