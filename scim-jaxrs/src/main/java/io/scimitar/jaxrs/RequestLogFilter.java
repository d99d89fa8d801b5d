package io.scimitar.jaxrs;

import io.scimitar.core.auth.ScimPrincipal;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs one INFO line per request: method, path template, status, duration and tenant. Never the
 * {@code Authorization} header, bodies, query strings (filters hold personal data) or ids.
 * Registered by {@link ScimFeature}; it runs before authentication so rejected requests are logged
 * too.
 */
@PreMatching
public final class RequestLogFilter implements ContainerRequestFilter, ContainerResponseFilter {
  private static final Logger LOG = LoggerFactory.getLogger(RequestLogFilter.class);
  private static final String STARTED = RequestLogFilter.class.getName() + ".started";

  private final PathTemplates templates;

  RequestLogFilter(PathTemplates templates) {
    this.templates = templates;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (LOG.isInfoEnabled()) {
      request.setProperty(STARTED, System.nanoTime());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!LOG.isInfoEnabled()) {
      return;
    }
    Object started = request.getProperty(STARTED);
    long millis = started instanceof Long nanos
        ? TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos) : -1;
    String tenant = request.getSecurityContext() != null
        && request.getSecurityContext().getUserPrincipal() instanceof ScimPrincipal principal
        ? principal.tenantId() : "-";
    LOG.info("{} {} status={} durationMs={} tenant={}", request.getMethod(),
        templates.of(request.getUriInfo().getPath()), response.getStatus(), millis, tenant);
  }
}
