package io.scimitar.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.jaxrs.support.ScimResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Checklist item 61: Entra ID sends membership changes for many users in one PATCH. A suite of
 * its own, so the other suites run on small stores whatever the test order (see the note on
 * PostgreSQL statistics in {@code docs/idp/entra-id.md}).
 */
abstract class LargeGroupReplay extends ReplaySuite {
  private static final int LARGE_GROUP = 150;
  private static final int REMOVED = 100;

  @Test
  void largeMembershipChangesInOnePatch() {
    List<String> users = new ArrayList<>();
    for (int i = 0; i < LARGE_GROUP; i++) {
      users.add(createUser(uniqueName("large" + i)));
    }
    ScimResponse group = scim.post("Groups", """
        {"schemas":["%s"],"displayName":"Large %s"}""".formatted(
        BuiltInSchemas.GROUP, UUID.randomUUID()));
    String groupId = group.json().path("id").asText();

    ScimResponse added = scim.patch("Groups/" + groupId,
        patch("{\"op\":\"add\",\"path\":\"members\",\"value\":" + memberValues(users) + "}"));
    assertThat(added.status()).as(added.body()).isEqualTo(204);
    assertThat(members(groupId)).containsExactlyInAnyOrderElementsOf(users);

    ScimResponse removal = scim.patch("Groups/" + groupId, patch("{\"op\":\"Remove\","
        + "\"path\":\"members\",\"value\":" + memberValues(users.subList(0, REMOVED)) + "}"));
    assertThat(removal.status()).as(removal.body()).isEqualTo(204);
    assertThat(members(groupId))
        .containsExactlyInAnyOrderElementsOf(users.subList(REMOVED, LARGE_GROUP));
  }

  private static String memberValues(List<String> ids) {
    StringBuilder values = new StringBuilder("[");
    for (String id : ids) {
      values.append(values.length() == 1 ? "" : ",").append("{\"value\":\"").append(id)
          .append("\"}");
    }
    return values.append(']').toString();
  }
}
