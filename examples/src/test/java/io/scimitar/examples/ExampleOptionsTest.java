package io.scimitar.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimitar.core.service.ServiceConfig.RepeatedCreates;
import io.scimitar.store.jdbc.Dialect;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExampleOptionsTest {
  private static final String TOKEN = "scripted.test-secret-0123456789abcdef";

  @Test
  void defaultsListenOnLoopback8080WithAnH2FileUnderData() {
    assertThat(ExampleOptions.parse()).isEqualTo(ExampleOptions.defaults());
    ExampleOptions defaults = ExampleOptions.defaults();
    assertThat(defaults.host()).isEqualTo("127.0.0.1");
    assertThat(defaults.port()).isEqualTo(8080);
    assertThat(defaults.store()).isEqualTo(new StoreSpec.Jdbc("jdbc:h2:file:"
        + Path.of("data", "scimitar").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE", Dialect.H2));
    assertThat(defaults.store().persistent()).isTrue();
    assertThat(defaults.adminFile()).isEqualTo(Path.of("./data/scimitar.admin"));
    assertThat(ExampleOptions.parse("--store", "memory").adminFile()).isNull();
  }

  @Test
  void readsEveryFlag() {
    ExampleOptions options = ExampleOptions.parse("--host", "0.0.0.0", "--port", "0",
        "--store", "jdbc:postgresql://db.internal:5432/scim", "--db-user", "scim",
        "--db-password", "pg-secret", "--token", TOKEN, "--admin-token", "a",
        "--key-dir", "/tmp", "--admin-file", "/tmp/admin", "--repeated-creates", "answer-original",
        "--event-log", "/tmp/events.jsonl");

    assertThat(options).isEqualTo(new ExampleOptions("0.0.0.0", 0,
        new StoreSpec.Jdbc("jdbc:postgresql://db.internal:5432/scim", Dialect.POSTGRESQL),
        TOKEN, "a", Path.of("/tmp"), "scim", "pg-secret", Path.of("/tmp/admin"),
        RepeatedCreates.ANSWER_ORIGINAL, Path.of("/tmp/events.jsonl")));
    assertThat(options.toString()).doesNotContain(TOKEN, "pg-secret").contains("token=given");
  }

  @Test
  void theDialectComesFromTheUrl() {
    assertThat(StoreSpec.parse("memory")).isEqualTo(new StoreSpec.Memory());
    assertThat(StoreSpec.parse("jdbc:mariadb://127.0.0.1:3306/scim"))
        .isEqualTo(new StoreSpec.Jdbc("jdbc:mariadb://127.0.0.1:3306/scim", Dialect.MARIADB));
    assertThat(StoreSpec.parse("jdbc:h2:mem:scim"))
        .isEqualTo(new StoreSpec.Jdbc("jdbc:h2:mem:scim", Dialect.H2));
    assertThat(StoreSpec.parse("jdbc:h2:mem:scim").persistent()).isFalse();
    assertThat(StoreSpec.parse("h2:/var/lib/scim/db"))
        .isEqualTo(new StoreSpec.Jdbc("jdbc:h2:file:/var/lib/scim/db;DB_CLOSE_ON_EXIT=FALSE",
            Dialect.H2));
  }

  @Test
  void credentialsInAUrlAreNeverShown() {
    StoreSpec store = StoreSpec.parse(
        "jdbc:mariadb://scim:maria-secret@127.0.0.1:3306/scim?password=other-secret");

    assertThat(store.describe()).isEqualTo(
        "MARIADB jdbc:mariadb://127.0.0.1:3306/scim (kept across restarts)");
    assertThat(store.toString()).doesNotContain("secret");
    assertThatThrownBy(() -> StoreSpec.parse("jdbc:oracle:thin://scott:tiger@db/x;pw=tiger"))
        .hasMessageNotContaining("tiger");
  }

  @Test
  void refusesWhatItDoesNotKnow() {
    assertThatThrownBy(() -> ExampleOptions.parse("--store", "jdbc"))
        .hasMessage("--store must be h2:<path>, memory, or a JDBC URL starting with "
            + "jdbc:postgresql:, jdbc:mariadb: or jdbc:h2:; got 'jdbc'");
    assertThatThrownBy(() -> ExampleOptions.parse("--store", "jdbc:sqlite:scim.db"))
        .hasMessageStartingWith("--store must be h2:<path>, memory, or a JDBC URL");
    assertThatThrownBy(() -> ExampleOptions.parse("--store", "h2:"))
        .hasMessage("--store h2:<path> needs a file path without ';', e.g. h2:./data/scimitar");
    assertThatThrownBy(() -> ExampleOptions.parse("--store", "h2:./db;INIT=RUNSCRIPT FROM 'x'"))
        .hasMessageStartingWith("--store h2:<path> needs a file path without ';'");
    assertThatThrownBy(() -> ExampleOptions.parse("--store", "memory", "--db-user", "sa"))
        .hasMessage("--db-user and --db-password need a database store");
    assertThatThrownBy(() -> ExampleOptions.parse("--port", "http"))
        .hasMessage("--port must be a number, got 'http'");
    assertThatThrownBy(() -> ExampleOptions.parse("--port", "70000"))
        .hasMessage("--port must be between 0 and 65535, got 70000");
    assertThatThrownBy(() -> ExampleOptions.parse("--repeated-creates", "sometimes"))
        .hasMessage("--repeated-creates must be conflict or answer-original, got 'sometimes'");
    assertThatThrownBy(() -> ExampleOptions.parse("--port"))
        .hasMessage("--port needs a value");
    assertThatThrownBy(() -> ExampleOptions.parse("--verbose", "yes"))
        .hasMessage("unknown option '--verbose'");
    assertThatThrownBy(() -> ExampleOptions.parse("--admin-token", " "))
        .hasMessage("--admin-token must not be blank");
  }

  @Test
  void aTokenNeedsThirtyTwoPrintableCharacters() {
    assertThatThrownBy(() -> ExampleOptions.parse("--token", "k.short-secret"))
        .hasMessage("--token: a SCIM key token needs at least 32 characters, got 14");
    assertThatThrownBy(() -> ExampleOptions.parse("--token", "with spaces " + TOKEN))
        .hasMessage("--token: a SCIM key token must consist of printable ASCII characters "
            + "without spaces");
    assertThat(ExampleOptions.parse("--token", "x".repeat(32)).token()).hasSize(32);
  }

  @Test
  void recognisesHelp() {
    assertThat(ExampleOptions.wantsHelp("--port", "1", "--help")).isTrue();
    assertThat(ExampleOptions.wantsHelp("--port", "1")).isFalse();
    assertThat(ExampleOptions.USAGE).contains("h2:<path>", "--db-user", "at least 32");
  }
}
