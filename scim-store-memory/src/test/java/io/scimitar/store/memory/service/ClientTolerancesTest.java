package io.scimitar.store.memory.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.compat.ClientTolerances;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.json.ScimJson;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.service.AttributeSelection;
import io.scimitar.core.service.ScimCall;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.service.SearchRequest;
import io.scimitar.core.service.ServiceConfig;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.store.memory.MemoryStorage;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Each client tolerance, switched on and off through {@link ServiceConfig}: on, the client's
 * request succeeds; off, it gets the RFC's answer.
 */
class ClientTolerancesTest {
  private static final ScimJson JSON = ScimJson.withDefaults();
  private static final ScimCall CALL =
      new ScimCall(RequestContext.of("t", "key"), "https://host/scim/v2");

  private static ScimService service(ClientTolerances tolerances) {
    SchemaRegistry registry = SchemaRegistry.defaults();
    return new ScimService(registry, new MemoryStorage(registry),
        ServiceConfig.builder().tolerances(tolerances).build());
  }

  private static String create(ScimService scim, String body) {
    return scim.create(CALL, "User", JSON.readObject(body), AttributeSelection.DEFAULT)
        .body().path("id").asText();
  }

  private static JsonNode search(ScimService scim, String filter) {
    return scim.search(CALL, "User",
        SearchRequest.fromQueryParameters(Map.of("filter", filter)::get));
  }

  private static ScimException fails(ThrowingCallable call) {
    ScimException error = catchThrowableOfType(ScimException.class, call);
    assertThat(error).isNotNull();
    assertThat(error.status()).isEqualTo(400);
    return error;
  }

  /** Microsoft's documentation and reference-server tests write {@code externalId eq jyoung}. */
  @Test
  void unquotedFilterValuesAsMicrosoftsDocumentationWritesThem() {
    ScimService tolerant = service(ClientTolerances.NONE.withUnquotedFilterValues(true));
    create(tolerant, """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"jyoung",
         "externalId":"jyoung","active":true,"meta":{}}""");

    assertThat(search(tolerant, "externalId eq jyoung").path("totalResults").asInt()).isOne();
    assertThat(search(tolerant, "userName eq JYoung and active eq true")
        .path("totalResults").asInt()).isOne();
    assertThat(search(tolerant, "meta.created gt 2015-10-10T14:38:21.8617979-07:00")
        .path("totalResults").asInt()).isOne();

    ScimService strict = service(ClientTolerances.NONE);
    assertThat(fails(() -> search(strict, "externalId eq jyoung")).scimType())
        .contains(ScimType.INVALID_FILTER);
  }

  /** Microsoft's SCIM Validator sends a PATCH with {@code "Operations": []}. */
  @Test
  void anEmptyPatchAsMicrosoftsScimValidatorSendsIt() {
    String body = """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"validator"}""";
    ObjectNode empty = JSON.readObject("""
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[]}""");

    ScimService tolerant = service(ClientTolerances.NONE.withEmptyPatchOperations(true));
    String id = create(tolerant, body);
    ObjectNode patched = tolerant.patch(CALL, "User", id, empty, null, AttributeSelection.DEFAULT)
        .body();
    assertThat(patched.path("userName").asText()).isEqualTo("validator");
    assertThat(patched.path("meta").path("version").asText()).isEqualTo("W/\"1\"");

    ScimService strict = service(ClientTolerances.NONE);
    String strictId = create(strict, body);
    assertThat(fails(() -> strict.patch(CALL, "User", strictId, empty, null,
        AttributeSelection.DEFAULT)).scimType()).contains(ScimType.INVALID_SYNTAX);
  }

  /** PingOne-style clients PUT the same email twice, both {@code primary: true}. */
  @Test
  void theSameValueSentTwiceWithPrimaryAsPingOneStyleClientsPutIt() {
    String body = """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"ping",
         "emails":[{"value":"p@example.com","type":"work","primary":true},
                   {"value":"p@example.com","type":"work","primary":true}]}""";

    ScimService tolerant = service(ClientTolerances.NONE.withDuplicatePrimaryValues(true));
    String id = create(tolerant, body);
    assertThat(tolerant.get(CALL, "User", id, AttributeSelection.DEFAULT).body().path("emails"))
        .hasSize(1);
    assertThat(fails(() -> create(tolerant, """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"two",
         "emails":[{"value":"a@example.com","primary":true},
                   {"value":"b@example.com","primary":true}]}""")).scimType())
        .contains(ScimType.INVALID_VALUE);

    assertThat(fails(() -> create(service(ClientTolerances.NONE), body)).scimType())
        .contains(ScimType.INVALID_VALUE);
  }

  /** Entra ID's default provisioning job sends {@code "active":"False"}. */
  @Test
  void stringBooleansAsEntraIdSendsThem() {
    String body = """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"entra",
         "active":"False"}""";
    ScimService tolerant = service(ClientTolerances.DEFAULTS);
    String id = create(tolerant, body);
    assertThat(tolerant.get(CALL, "User", id, AttributeSelection.DEFAULT).body()
        .path("active").isBoolean()).isTrue();

    assertThat(fails(() -> create(service(ClientTolerances.NONE), body)).scimType())
        .contains(ScimType.INVALID_VALUE);
  }
}
