package io.scimitar.examples;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.List;

/** The admin API as one JAX-RS feature: its authentication filter and its resources. */
final class AdminFeature implements Feature {
  private final AdminAuthenticationFilter filter;
  private final List<Object> resources;

  AdminFeature(AdminAuthenticationFilter filter, Object... resources) {
    this.filter = filter;
    this.resources = List.of(resources);
  }

  @Override
  public boolean configure(FeatureContext context) {
    context.register(filter);
    resources.forEach(context::register);
    return true;
  }
}
