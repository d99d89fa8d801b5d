package io.scimitar.spring.boot.testapp;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A host application as docs/spring-boot.md describes it: its own Spring MVC controller and
 * Spring Security with HTTP Basic for everything of its own, the SCIM path left to Scimitar's
 * SCIM keys by a filter chain that permits it.
 */
@SpringBootApplication
public class HostApplication {
  /** The user of the host's own security. */
  public static final String USER = "operator";
  /** Their password. */
  public static final String PASSWORD = "operator-password";

  /** SCIM: Scimitar authenticates every request with a SCIM key; no session, no CSRF token. */
  @Bean
  @Order(1)
  SecurityFilterChain scimSecurity(HttpSecurity http) throws Exception {
    return http.securityMatcher("/scim/v2/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(session ->
            session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  /** Everything else: the host's own security. */
  @Bean
  @Order(2)
  SecurityFilterChain applicationSecurity(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .anyRequest().authenticated())
        .httpBasic(withDefaults())
        .build();
  }

  @Bean
  UserDetailsService users() {
    return new InMemoryUserDetailsManager(
        User.withUsername(USER).password("{noop}" + PASSWORD).roles("OPERATOR").build());
  }

  /** The host's own endpoint. */
  @RestController
  static class GreetingController {
    @GetMapping("/hello")
    String hello() {
      return "hello from the host";
    }
  }
}
