package io.scimitar.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.json.ScimJson;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BulkDeferralTest {
  private static final ScimJson JSON = ScimJson.withDefaults();

  @Test
  void setsAsideOnlyTheValuesReferringToPendingResources() {
    ObjectNode data = JSON.readObject("""
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"A",
         "members":[{"value":"bulkId:b"},{"value":"existing"},{"value":"bulkId:done"}],
         "urn:example:ext":{"owner":{"value":"bulkId:b","display":"B"},"note":"n"},
         "nickName":"bulkId:b"}
        """);

    BulkDeferral deferral = BulkDeferral.split(data, Set.of("b"));

    assertThat(deferral.kept()).isEqualTo(JSON.readObject("""
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"A",
         "members":[{"value":"existing"},{"value":"bulkId:done"}],
         "urn:example:ext":{"owner":{"display":"B"},"note":"n"}}
        """));
    assertThat(deferral.deferred()).isEqualTo(JSON.readObject("""
        {"members":[{"value":"bulkId:b"}],"urn:example:ext":{"owner":{"value":"bulkId:b"}},
         "nickName":"bulkId:b"}
        """));
    assertThat(deferral.patch(Map.of("b", "id-b"))).isEqualTo(JSON.readObject("""
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"add",
         "value":{"members":[{"value":"id-b"}],"urn:example:ext":{"owner":{"value":"id-b"}},
         "nickName":"id-b"}}]}
        """));
  }
}
