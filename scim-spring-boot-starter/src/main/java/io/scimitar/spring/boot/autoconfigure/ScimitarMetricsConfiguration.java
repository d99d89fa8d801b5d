package io.scimitar.spring.boot.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.jaxrs.PathTemplates;
import jakarta.ws.rs.Priorities;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link ScimRequestMetrics} in the SCIM application when Micrometer is on the classpath and the
 * application has a {@link MeterRegistry} (Spring Boot's actuator provides one).
 */
@AutoConfiguration(
    before = ScimitarJerseyConfiguration.class, after = ScimitarAutoConfiguration.class)
@ConditionalOnClass(MeterRegistry.class)
public class ScimitarMetricsConfiguration {
  /** Outside authentication and the request log, so every request is measured whole. */
  private static final int PRIORITY = Priorities.AUTHENTICATION - 1000;

  /** Registers the request meters, if the application has a meter registry. */
  @Bean
  @ConditionalOnMissingBean(name = "scimitarRequestMetrics")
  public ScimitarJerseyComponent scimitarRequestMetrics(
      ObjectProvider<MeterRegistry> registry, SchemaRegistry schemas) {
    return application -> registry.ifAvailable(meters -> application.register(
        new ScimRequestMetrics(meters, new PathTemplates(schemas)), PRIORITY));
  }
}
