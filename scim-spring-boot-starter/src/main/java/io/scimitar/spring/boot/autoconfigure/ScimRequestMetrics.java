package io.scimitar.spring.boot.autoconfigure;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.scimitar.jaxrs.PathTemplates;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Micrometer meters of every SCIM request: the timer {@value #REQUESTS} (count and latency
 * histogram) and, for 4xx and 5xx answers, the counter {@value #ERRORS} with the answer's
 * {@code scimType}. Tags are {@code endpoint} (the path template, e.g. {@code /Users/{id}}),
 * {@code method} and {@code status}, and {@code scimType} on errors: all from bounded sets, and
 * never a tenant, an id, a filter or anything else a client wrote. Registered first, so its
 * latency includes authentication and rejected requests are counted too.
 */
@PreMatching
public final class ScimRequestMetrics implements ContainerRequestFilter, ContainerResponseFilter {
  /** The timer of SCIM requests. */
  public static final String REQUESTS = "scimitar.requests";
  /** The counter of SCIM error answers. */
  public static final String ERRORS = "scimitar.errors";

  private static final String STARTED = ScimRequestMetrics.class.getName() + ".started";
  private static final Set<String> METHODS =
      Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

  private final MeterRegistry registry;
  private final PathTemplates templates;

  /** Meters in {@code registry}, with endpoints named by {@code templates}. */
  public ScimRequestMetrics(MeterRegistry registry, PathTemplates templates) {
    this.registry = registry;
    this.templates = templates;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(STARTED) instanceof Long started)) {
      return;
    }
    long nanos = System.nanoTime() - started;
    int status = response.getStatus();
    Tags tags = Tags.of(
        "endpoint", templates.of(request.getUriInfo().getPath()),
        "method", method(request.getMethod()),
        "status", Integer.toString(status));
    Timer.builder(REQUESTS)
        .description("SCIM requests by endpoint, method and status")
        .tags(tags)
        .publishPercentileHistogram()
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
    if (status >= 400) {
      Counter.builder(ERRORS)
          .description("SCIM error answers by endpoint, method, status and scimType")
          .tags(tags.and("scimType", scimType(response.getEntity())))
          .register(registry)
          .increment();
    }
  }

  /** A method as a tag: one of the HTTP methods SCIM knows, else {@code OTHER}. */
  private static String method(String method) {
    String upper = method.toUpperCase(Locale.ROOT);
    return METHODS.contains(upper) ? upper : "OTHER";
  }

  /** The {@code scimType} of a SCIM error body, {@code none} when it has none. */
  private static String scimType(Object entity) {
    return entity instanceof JsonNode body && body.path("scimType").isTextual()
        ? body.path("scimType").asText()
        : "none";
  }
}
