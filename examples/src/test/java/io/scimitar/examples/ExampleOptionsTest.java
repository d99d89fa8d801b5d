package io.scimitar.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExampleOptionsTest {

  @Test
  void defaultsListenOnLoopback8080WithTheMemoryStore() {
    assertThat(ExampleOptions.parse()).isEqualTo(ExampleOptions.defaults());
    assertThat(ExampleOptions.defaults().host()).isEqualTo("127.0.0.1");
    assertThat(ExampleOptions.defaults().port()).isEqualTo(8080);
    assertThat(ExampleOptions.defaults().store()).isEqualTo("memory");
  }

  @Test
  void readsEveryFlag() {
    ExampleOptions options = ExampleOptions.parse("--host", "0.0.0.0", "--port", "0",
        "--store", "memory", "--token", "k.s", "--admin-token", "a", "--key-dir", "/tmp");

    assertThat(options).isEqualTo(
        new ExampleOptions("0.0.0.0", 0, "memory", "k.s", "a", Path.of("/tmp")));
    assertThat(options.toString()).doesNotContain("k.s").contains("token=given");
  }

  @Test
  void refusesWhatItDoesNotKnow() {
    assertThatThrownBy(() -> ExampleOptions.parse("--store", "jdbc"))
        .hasMessage("--store supports only 'memory' for now (there is no JDBC store yet), "
            + "got 'jdbc'");
    assertThatThrownBy(() -> ExampleOptions.parse("--port", "http"))
        .hasMessage("--port must be a number, got 'http'");
    assertThatThrownBy(() -> ExampleOptions.parse("--port", "70000"))
        .hasMessage("--port must be between 0 and 65535, got 70000");
    assertThatThrownBy(() -> ExampleOptions.parse("--port"))
        .hasMessage("--port needs a value");
    assertThatThrownBy(() -> ExampleOptions.parse("--verbose", "yes"))
        .hasMessage("unknown option '--verbose'");
    assertThatThrownBy(() -> ExampleOptions.parse("--admin-token", " "))
        .hasMessage("--admin-token must not be blank");
  }

  @Test
  void recognisesHelp() {
    assertThat(ExampleOptions.wantsHelp("--port", "1", "--help")).isTrue();
    assertThat(ExampleOptions.wantsHelp("--port", "1")).isFalse();
    assertThat(ExampleOptions.USAGE).contains("only 'memory' exists for now");
  }
}
