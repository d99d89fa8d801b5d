package io.scimitar.store.memory.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.json.ScimJson;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.service.AttributeSelection;
import io.scimitar.core.service.ResourceResponse;
import io.scimitar.core.service.ScimCall;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.service.SearchRequest;
import io.scimitar.core.service.ServiceConfig;
import io.scimitar.core.service.ServiceConfig.RepeatedCreates;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.store.memory.MemoryStorage;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A create sent again after its answer was lost, as Okta does after a timeout: one user in the
 * store in both modes, answered 409 by default and with the first user when so configured.
 */
class RepeatedCreateTest {
  private static final String BASE = "https://example.test/scim/v2";
  private static final String BODY = "{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],"
      + "'userName':'bjensen@example.com','name':{'givenName':'Barbara','familyName':'Jensen'},"
      + "'emails':[{'value':'bjensen@example.com','type':'work','primary':true}],"
      + "'active':true}";

  private final SchemaRegistry registry = SchemaRegistry.defaults();
  private final ScimCall okta = new ScimCall(RequestContext.of("a", "key-a"), BASE);

  private ScimService service(RepeatedCreates mode) {
    return new ScimService(registry, new MemoryStorage(registry),
        ServiceConfig.builder().repeatedCreates(mode).build());
  }

  private static ObjectNode body(String text) {
    return ScimJson.withDefaults().readObject(text.replace('\'', '"'));
  }

  private static ResourceResponse create(ScimService service, ScimCall call, String text) {
    return service.create(call, "User", body(text), AttributeSelection.DEFAULT);
  }

  private static int usersNamed(ScimService service, ScimCall call) {
    return service.search(call, "User", SearchRequest.fromQueryParameters(
        Map.of("filter", "userName eq \"bjensen@example.com\"")::get))
        .path("totalResults").asInt();
  }

  private static void assertConflict(Runnable create) {
    assertThatThrownBy(create::run).isInstanceOfSatisfying(ScimException.class,
        e -> assertThat(e.status()).isEqualTo(409));
  }

  @Test
  void byDefaultTheRepeatIs409AndTheStoreHoldsOneUser() {
    ScimService service = service(RepeatedCreates.CONFLICT);
    create(service, okta, BODY);

    assertConflict(() -> create(service, okta, BODY));
    assertThat(usersNamed(service, okta)).isEqualTo(1);
  }

  @Test
  void answeringTheOriginalGivesTheFirstUsersIdAndVersion() {
    ScimService service = service(RepeatedCreates.ANSWER_ORIGINAL);
    ResourceResponse first = create(service, okta, BODY);

    ResourceResponse again = create(service, okta, BODY);

    assertThat(again.body().path("id")).isEqualTo(first.body().path("id"));
    assertThat(again.meta().version()).isEqualTo(first.meta().version());
    assertThat(again.meta().location()).isEqualTo(first.meta().location());
    assertThat(usersNamed(service, okta)).isEqualTo(1);
  }

  @Test
  void anythingButAnIdenticalRepeatBySameClientStaysAConflict() {
    ScimService service = service(RepeatedCreates.ANSWER_ORIGINAL);
    String id = create(service, okta, BODY).body().path("id").asText();

    assertConflict(() -> create(service, okta, BODY.replace("Barbara", "Babs")));
    assertConflict(() -> create(service,
        new ScimCall(RequestContext.of("a", "key-other"), BASE), BODY));
    service.patch(okta, "User", id, body("{'schemas':["
        + "'urn:ietf:params:scim:api:messages:2.0:PatchOp'],'Operations':[{'op':'replace',"
        + "'path':'active','value':false}]}"), null, AttributeSelection.DEFAULT);
    assertConflict(() -> create(service, okta, BODY));
    assertThat(usersNamed(service, okta)).isEqualTo(1);
  }
}
