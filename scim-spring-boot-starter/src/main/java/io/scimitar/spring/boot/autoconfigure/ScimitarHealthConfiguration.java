package io.scimitar.spring.boot.autoconfigure;

import io.scimitar.core.spi.Storage;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The health indicator {@code scimitar} (store reachable) when Spring Boot's health support is
 * present; {@code management.health.scimitar.enabled=false} turns it off.
 */
@AutoConfiguration(after = ScimitarAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnEnabledHealthIndicator("scimitar")
public class ScimitarHealthConfiguration {
  /** The storage probe. */
  @Bean
  @ConditionalOnMissingBean(name = "scimitarHealthIndicator")
  public ScimitarHealthIndicator scimitarHealthIndicator(Storage storage) {
    return new ScimitarHealthIndicator(storage);
  }
}
