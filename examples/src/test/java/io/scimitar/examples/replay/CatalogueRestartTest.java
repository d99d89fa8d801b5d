package io.scimitar.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.examples.ExampleOptions;
import io.scimitar.examples.ExampleServer;
import io.scimitar.jaxrs.support.ScimClient;
import io.scimitar.jaxrs.support.ScimResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Identity Center's catalogue across a restart on a database store (H2 files, PostgreSQL,
 * MariaDB): the sample permission sets and roles are written on the first start only, so what an
 * administrator deleted stays deleted and what they added stays, and Okta lists the same
 * Entitlements after the restart. PostgreSQL and MariaDB are skipped when unreachable, unless
 * {@code SCIMITAR_REQUIRE_DATABASES=true}.
 */
class CatalogueRestartTest {
  private static final String ADMIN_TOKEN = "restart-admin-0123456789abcdef";
  private static final String TOKEN = "restart-secret-0123456789abcdef0123456789";

  static List<ReplayStore> stores() {
    return List.of(ReplayStore.h2(), ReplayStore.postgres(), ReplayStore.mariadb());
  }

  private static ExampleServer start(List<String> storeArgs) throws Exception {
    List<String> args = new ArrayList<>(storeArgs);
    args.addAll(List.of("--port", "0", "--token", TOKEN, "--admin-token", ADMIN_TOKEN,
        "--key-dir", System.getProperty("java.io.tmpdir")));
    return ExampleServer.start(ExampleOptions.parse(args.toArray(String[]::new)),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  private static ScimClient admin(ExampleServer server) {
    return new ScimClient(URI.create(server.adminBaseUrl() + "/"), "Bearer " + ADMIN_TOKEN);
  }

  private static List<String> entitlementIds(ExampleServer server) {
    ScimResponse page = new ScimClient(URI.create(server.scimBaseUrl() + "/"), "Bearer " + TOKEN)
        .get("Entitlements?startIndex=1&count=100");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return page.json().path("Resources").findValuesAsText("id");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void adminChangesToTheCatalogueSurviveARestart(ReplayStore store) throws Exception {
    try (store) {
      List<String> storeArgs = store.open();
      List<String> before;
      try (ExampleServer first = start(storeArgs)) {
        assertThat(entitlementIds(first)).contains("ps-billing", "ps-read-only");
        ScimClient admin = admin(first);
        assertThat(admin.delete("permission-sets/ps-billing").status()).isEqualTo(204);
        assertThat(admin.delete("roles/role-auditor").status()).isEqualTo(204);
        ScimResponse made = admin.post("permission-sets",
            "{\"id\":\"ps-network\",\"displayName\":\"NetworkAdministrator\","
                + "\"description\":\"Manages networks\"}", "Content-Type", "application/json");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        before = entitlementIds(first);
      }

      try (ExampleServer second = start(storeArgs)) {
        assertThat(entitlementIds(second)).isEqualTo(before)
            .contains("ps-network").doesNotContain("ps-billing");
        JsonNode roles = admin(second).get("roles").json();
        assertThat(roles.path("roles").findValuesAsText("id")).doesNotContain("role-auditor")
            .contains("role-owner");
        JsonNode network = admin(second).get("permission-sets/ps-network").json();
        assertThat(network.path("description").asText()).isEqualTo("Manages networks");
        assertThat(network.path("assignedUsers").asInt()).isZero();
      }
    }
  }
}
