package io.scimitar.examples.springboot;

import io.scimitar.core.auth.ScimKeyManager;
import io.scimitar.spring.boot.autoconfigure.ScimKeyBootstrap;
import io.scimitar.spring.boot.autoconfigure.ScimitarProperties;
import java.io.PrintStream;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * What the application prints once it serves, like the standalone example: the SCIM base URL
 * and the SCIM key situation. The token of a key generated on this start is logged once by the
 * starter just before; no token is ever printed again.
 */
@Component
public class StartupAnnouncement implements ApplicationListener<ApplicationReadyEvent> {
  private final ScimKeyBootstrap bootstrap;
  private final ScimKeyManager keys;
  private final ScimitarProperties scimitar;
  private final Environment environment;
  private final PrintStream console = System.out;

  /** Announces the keys that {@code bootstrap} settled. */
  public StartupAnnouncement(ScimKeyBootstrap bootstrap, ScimKeyManager keys,
      ScimitarProperties scimitar, Environment environment) {
    this.bootstrap = bootstrap;
    this.keys = keys;
    this.scimitar = scimitar;
    this.environment = environment;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    String host = environment.getProperty("server.address", "127.0.0.1");
    String origin = "http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":"
        + environment.getProperty("local.server.port", "8080");
    String scimBaseUrl = origin + scimitar.basePath();
    console.println("Scimitar Spring Boot example");
    console.println("Store: " + environment.getProperty("spring.datasource.url", "memory"));
    console.println("SCIM base URL: " + scimBaseUrl);
    bootstrap.generated().ifPresentOrElse(
        issued -> console.println("SCIM key " + issued.key().id()
            + " generated: its token is in the log line above, shown this once"),
        () -> console.println(scimitar.token() != null
            ? "SCIM key: the token given with --scimitar.token"
            : "SCIM keys: " + keys.list(scimitar.tenant()).size()
                + " stored; a token is shown only when its key is created"));
    console.println("The application's own endpoint: " + origin + "/api/accounts");
    console.println("Try: curl -H 'Authorization: Bearer <SCIM key>' " + scimBaseUrl + "/Users");
  }
}
