package io.scimitar.store.memory.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.service.ScimCall;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.service.ServiceConfig;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.store.memory.MemoryStorage;
import org.junit.jupiter.api.Test;

/**
 * Discovery offers clients the extensions they may write: the read-only provenance extension is
 * described in {@code /Schemas} but not listed among a resource type's {@code schemaExtensions},
 * so clients that build models from discovery (scim2-tester) do not PATCH it.
 */
class OfferedExtensionsTest {
  private final ScimService scim = new ScimService(SchemaRegistry.defaults(),
      new MemoryStorage(SchemaRegistry.defaults()), ServiceConfig.defaults());
  private final ScimCall call = new ScimCall(RequestContext.of("t", "k"), "https://h/scim/v2");

  @Test
  void resourceTypesListWritableExtensionsOnly() {
    JsonNode user = scim.resourceType(call, "User");
    assertThat(user.path("schemaExtensions").findValuesAsText("schema"))
        .containsExactly(BuiltInSchemas.ENTERPRISE_USER);
    assertThat(scim.resourceTypes(call).path("Resources").findValuesAsText("schema"))
        .doesNotContain(BuiltInSchemas.PROVENANCE);
    assertThat(scim.schemas(call).path("Resources").findValuesAsText("id"))
        .contains(BuiltInSchemas.PROVENANCE);
  }
}
