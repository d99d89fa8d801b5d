package io.scimitar.spring.boot.autoconfigure;

import io.scimitar.core.spi.PageRequest;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceQuery;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.Storage;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Whether the SCIM storage answers: counts the users of a tenant that holds none (a page of
 * size 0, so the store only counts), through the same SPI the service uses, so a host's own
 * store is probed the same way as the JDBC and memory stores. Up with the store's class name,
 * down with the failure.
 */
public final class ScimitarHealthIndicator extends AbstractHealthIndicator {
  /** The tenant the probe asks about; no SCIM key belongs to it. */
  static final String PROBE_TENANT = "scimitar-health-probe";
  private static final ResourceQuery COUNT_ONLY =
      new ResourceQuery(null, null, new PageRequest.Index(1, 0), false);

  private final Storage storage;

  /** A probe of {@code storage}. */
  public ScimitarHealthIndicator(Storage storage) {
    super("Scimitar storage health check failed");
    this.storage = storage;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    ResourceStore users = storage.store("User")
        .orElseThrow(() -> new IllegalStateException("the storage serves no User type"));
    users.query(RequestContext.of(PROBE_TENANT, "health"), COUNT_ONLY);
    builder.up().withDetail("storage", storage.getClass().getSimpleName());
  }
}
