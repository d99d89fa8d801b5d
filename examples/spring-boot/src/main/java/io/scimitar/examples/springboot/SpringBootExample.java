package io.scimitar.examples.springboot;

import io.scimitar.core.compat.ClientTolerances;
import io.scimitar.core.service.ServiceConfig;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The application: Spring MVC, a DataSource (H2 in {@code ./data} by default) and the Scimitar
 * starter, which finds the {@link AccountsUserStore} bean and serves SCIM at {@code /scim/v2}.
 * {@code java -jar scimitar-spring-boot-example.jar --server.port=8080}.
 */
@SpringBootApplication
public class SpringBootExample {
  /** Starts the application with Spring Boot's command line ({@code --name=value}). */
  public static void main(String[] args) {
    SpringApplication.run(SpringBootExample.class, args);
  }

  /**
   * Every tolerance of real clients on, as in the standalone example, so Okta and Entra ID
   * provision it the same way (the starter backs off from its default for this bean).
   */
  @Bean
  ServiceConfig scimitarServiceConfig() {
    return ServiceConfig.builder().tolerances(ClientTolerances.ALL).build();
  }
}
