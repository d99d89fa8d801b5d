package io.scimitar.events.set;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.service.ScimCall;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.service.ServiceConfig;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.store.memory.MemoryStorage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 9967 §4: ServiceProviderConfig advertises the SET event URIs when events are on. */
class SecurityEventsDiscoveryTest {
  private static final ScimCall CALL =
      new ScimCall(RequestContext.of("acme", "key-1"), "https://idc.example/scim/v2");

  @Test
  void serviceProviderConfigListsTheEventUrisAndNoAsynchronousRequests() {
    ObjectNode config = service(ServiceConfig.builder()
        .securityEventUris(SetPush.eventUris()).build()).serviceProviderConfig(CALL);

    JsonNode events = config.path("securityEvents");
    assertThat(events.path("asyncRequest").asText()).isEqualTo("none");
    List<String> uris = new ArrayList<>();
    events.path("eventUris").forEach(uri -> uris.add(uri.asText()));
    assertThat(uris).containsExactly(
        "urn:ietf:params:scim:event:prov:create:notice",
        "urn:ietf:params:scim:event:prov:patch:notice",
        "urn:ietf:params:scim:event:prov:put:notice",
        "urn:ietf:params:scim:event:prov:delete",
        "urn:ietf:params:scim:event:prov:activate",
        "urn:ietf:params:scim:event:prov:deactivate");
  }

  @Test
  void withoutEventsTheAttributeIsAbsent() {
    assertThat(service(ServiceConfig.defaults()).serviceProviderConfig(CALL).has("securityEvents"))
        .isFalse();
  }

  @Test
  void theServiceProviderConfigSchemaDeclaresSecurityEvents() {
    JsonNode schema = service(ServiceConfig.defaults())
        .schema(CALL, BuiltInSchemas.SERVICE_PROVIDER_CONFIG);

    List<String> names = new ArrayList<>();
    schema.path("attributes").forEach(attribute -> names.add(attribute.path("name").asText()));
    assertThat(names).contains("securityEvents");
  }

  private static ScimService service(ServiceConfig config) {
    SchemaRegistry registry = SchemaRegistry.defaults();
    return new ScimService(registry, new MemoryStorage(registry), config);
  }
}
