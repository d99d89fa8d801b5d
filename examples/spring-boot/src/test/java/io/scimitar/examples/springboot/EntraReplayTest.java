package io.scimitar.examples.springboot;

import io.scimitar.core.auth.ScimKeyManager;
import io.scimitar.examples.replay.EntraReplay;
import io.scimitar.examples.replay.ReplayTarget;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Microsoft Entra ID's recorded requests (the standalone example's suite, unchanged) against the
 * Spring Boot example on a real port: users in its accounts table, groups in the JDBC store, on
 * a fresh in-memory H2 database.
 */
@SpringBootTest(classes = SpringBootExample.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"scimitar.token=" + SpringReplayTarget.TOKEN,
        "spring.datasource.url=jdbc:h2:mem:entra-replay;DB_CLOSE_DELAY=-1"})
class EntraReplayTest extends EntraReplay {
  @LocalServerPort int port;
  @Autowired ScimKeyManager keys;

  @Override
  protected ReplayTarget start() {
    return new SpringReplayTarget(port, keys);
  }
}
