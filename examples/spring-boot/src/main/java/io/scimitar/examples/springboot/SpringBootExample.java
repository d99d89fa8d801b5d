package io.scimitar.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

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
}
