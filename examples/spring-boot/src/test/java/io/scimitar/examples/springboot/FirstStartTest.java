package io.scimitar.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimitar.jaxrs.support.ScimClient;
import io.scimitar.jaxrs.support.ScimResponse;
import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The example started as {@code java -jar} starts it (its main class, its command line, an H2
 * database in files): the first start prints a SCIM key once, a restart on the same database
 * prints none, and {@code --scimitar.token} registers a known key or, too short, stops the start.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTest {
  private static final Pattern TOKEN = Pattern.compile("bearer token\\): (\\S+)");

  @TempDir Path data;

  @Test
  void printsAKeyOnTheFirstStartOnlyAndTheKeyWorks(CapturedOutput output) throws Exception {
    String token;
    try (ConfigurableApplicationContext first = start()) {
      assertThat(first.isActive()).isTrue();
      Matcher printed = TOKEN.matcher(output.getOut());
      assertThat(printed.find()).as(output.getOut()).isTrue();
      token = printed.group(1);
      assertThat(output.getOut()).contains("SCIM base URL: http://127.0.0.1:");
      String port = first.getEnvironment().getProperty("local.server.port");
      ScimResponse users = new ScimClient(
          URI.create("http://127.0.0.1:" + port + "/scim/v2/"), "Bearer " + token).get("Users");
      assertThat(users.status()).as(users.body()).isEqualTo(200);
    }
    int before = output.getOut().length();
    try (ConfigurableApplicationContext second = start()) {
      assertThat(second.isActive()).isTrue();
      String restart = output.getOut().substring(before);
      assertThat(restart).doesNotContain(token).doesNotContain("Generated SCIM key")
          .contains("SCIM keys: 1 stored");
    }
  }

  @Test
  void aKnownTokenIsRegisteredAndAShortOneStopsTheStart(CapturedOutput output) {
    try (ConfigurableApplicationContext context =
        start("--scimitar.token=known-token-0123456789abcdef0123456789")) {
      assertThat(context.isActive()).isTrue();
      assertThat(output.getOut()).contains("SCIM key: the token given with --scimitar.token")
          .doesNotContain("Generated SCIM key");
    }
    assertThatThrownBy(() -> start("--scimitar.token=short"))
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .rootCause().hasMessageContaining("32");
  }

  private ConfigurableApplicationContext start(String... extra) {
    String[] args = new String[extra.length + 2];
    args[0] = "--server.port=0";
    args[1] = "--spring.datasource.url=jdbc:h2:file:" + data.resolve("example");
    System.arraycopy(extra, 0, args, 2, extra.length);
    return SpringApplication.run(SpringBootExample.class, args);
  }
}
