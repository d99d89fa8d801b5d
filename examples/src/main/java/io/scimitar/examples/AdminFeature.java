package io.scimitar.examples;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/** The admin API as one JAX-RS feature: its authentication filter and its resource. */
final class AdminFeature implements Feature {
  private final AdminAuthenticationFilter filter;
  private final AdminResource resource;

  AdminFeature(AdminAuthenticationFilter filter, AdminResource resource) {
    this.filter = filter;
    this.resource = resource;
  }

  @Override
  public boolean configure(FeatureContext context) {
    context.register(filter);
    context.register(resource);
    return true;
  }
}
