package io.scimitar.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.core.auth.BearerTokenAuthenticator;
import io.scimitar.core.auth.InMemorySecretHashStore;
import io.scimitar.core.catalogue.CatalogueItem;
import io.scimitar.core.catalogue.CatalogueStorage;
import io.scimitar.core.catalogue.CatalogueType;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.service.ServiceConfig;
import io.scimitar.jaxrs.support.ScimClient;
import io.scimitar.jaxrs.support.ScimResponse;
import io.scimitar.jaxrs.support.ScimRuntime;
import io.scimitar.store.memory.MemoryStorage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A host catalogue served over HTTP like every other resource type: Okta's Entitlement type at
 * {@code /Entitlements} listed, read, searched and refused writes (405 with {@code Allow}), and a
 * user's {@code entitlements} checked against it. The binding has no code of its own for this:
 * the type is found in the registry by its endpoint, as any host type is.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractCatalogueEndpointsTest {
  private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

  private ScimRuntime.Running running;
  private ScimClient client;

  /** The runtime the suite runs on. */
  abstract ScimRuntime runtime();

  @BeforeAll
  void startServer() throws Exception {
    InMemorySecretHashStore keys = new InMemorySecretHashStore();
    String token = keys.issue("acme").token();
    CatalogueType entitlements = CatalogueType.oktaEntitlements();
    SchemaRegistry registry =
        entitlements.registerIn(SchemaRegistry.builder().withBuiltIns()).build();
    List<CatalogueItem> items = List.of(
        new CatalogueItem("ps-admin", "AdministratorAccess", "PermissionSet", null, AT, AT),
        new CatalogueItem("ps-read", "ReadOnlyAccess", "PermissionSet", null, AT, AT));
    ScimService service = new ScimService(registry, CatalogueStorage.over(
        new MemoryStorage(registry)).serve(entitlements, context -> items),
        ServiceConfig.defaults());
    running = runtime().start(
        ScimFeature.builder(service, new BearerTokenAuthenticator(keys)).build());
    client = new ScimClient(running.baseUri(), "Bearer " + token);
  }

  @AfterAll
  void stopServer() {
    running.close();
  }

  @Test
  void listsReadsAndSearchesTheCatalogue() {
    ScimResponse page = client.get("Entitlements?count=1&startIndex=1");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.mediaType()).isEqualTo("application/scim+json");
    assertThat(page.json().path("itemsPerPage").asInt()).isEqualTo(1);
    assertThat(page.json().path("totalResults").asInt()).isEqualTo(2);

    ScimResponse item = client.get("Entitlements/ps-read");
    assertThat(item.status()).isEqualTo(200);
    assertThat(item.header("ETag")).startsWith("W/\"");
    assertThat(item.json().path("meta").path("location").asText())
        .isEqualTo(running.baseUri() + "Entitlements/ps-read");

    ScimResponse search = client.post("Entitlements/.search",
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
            + "\"filter\":\"displayName eq \\\"AdministratorAccess\\\"\"}");
    assertThat(search.status()).as(search.body()).isEqualTo(200);
    assertThat(search.json().path("Resources").findValuesAsText("id"))
        .containsExactly("ps-admin");
    assertThat(client.get("Entitlements/ps-none").status()).isEqualTo(404);
  }

  @Test
  void writesAreRefusedWith405AndAllow() {
    String body = "{\"schemas\":[\"" + CatalogueType.OKTA_ENTITLEMENT
        + "\"],\"displayName\":\"x\"}";
    for (ScimResponse refused : List.of(client.post("Entitlements", body),
        client.put("Entitlements/ps-read", body), client.delete("Entitlements/ps-read"))) {
      assertThat(refused.status()).as(refused.body()).isEqualTo(405);
      assertThat(refused.header("Allow")).isEqualTo("GET");
      JsonNode error = refused.json();
      assertThat(error.path("status").asText()).isEqualTo("405");
      assertThat(error.path("detail").asText()).contains("read-only");
    }
  }

  @Test
  void aUserMayHoldOnlyCatalogueEntitlements() {
    ScimResponse unknown = client.post("Users", "{\"schemas\":[\"urn:ietf:params:scim:schemas:"
        + "core:2.0:User\"],\"userName\":\"nobody@example.com\",\"entitlements\":"
        + "[{\"value\":\"ps-root\"}]}");
    assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
    assertThat(unknown.json().path("scimType").asText()).isEqualTo("invalidValue");
    assertThat(unknown.json().path("detail").asText()).contains("'ps-root'");

    ScimResponse known = client.post("Users", "{\"schemas\":[\"urn:ietf:params:scim:schemas:"
        + "core:2.0:User\"],\"userName\":\"admin@example.com\",\"entitlements\":"
        + "[{\"value\":\"ps-admin\",\"display\":\"AdministratorAccess\"}]}");
    assertThat(known.status()).as(known.body()).isEqualTo(201);
    assertThat(known.json().path("entitlements").findValuesAsText("value"))
        .containsExactly("ps-admin");
  }
}
