package io.scimitar.examples.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.scimitar.core.service.ScimCall;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.service.SearchRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A user's groups as the console shows them: the direct ones from the user's {@code groups},
 * then, level by level, the groups that contain those ({@code members.value eq} queries, which
 * the stores answer from their membership indexes), each with the group it comes through. A
 * cycle of groups ends where a group is seen again, and the walk stops after
 * {@value #LEVELS} levels.
 */
final class NestedGroups {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int LEVELS = 10;

  private final ScimService service;
  private final ScimCall call;

  NestedGroups(ScimService service, ScimCall call) {
    this.service = service;
    this.call = call;
  }

  /** {@code [{"id", "displayName", "membership": "direct"|"nested", "via"}]}, direct first. */
  ArrayNode of(JsonNode user) {
    ArrayNode groups = JSON.createArrayNode();
    Set<String> seen = new HashSet<>();
    List<String> level = new ArrayList<>();
    for (JsonNode group : user.path("groups")) {
      String id = group.path("value").asText();
      if (seen.add(id)) {
        level.add(id);
        groups.addObject().put("id", id).put("displayName", group.path("display").asText(id))
            .put("membership", "direct").putNull("via");
      }
    }
    for (int depth = 0; depth < LEVELS && !level.isEmpty(); depth++) {
      List<String> next = new ArrayList<>();
      for (String member : level) {
        for (JsonNode parent : containing(member)) {
          String id = parent.path("id").asText();
          if (seen.add(id)) {
            next.add(id);
            groups.addObject().put("id", id)
                .put("displayName", parent.path("displayName").asText())
                .put("membership", "nested").put("via", member);
          }
        }
      }
      level = next;
    }
    return groups;
  }

  private JsonNode containing(String memberId) {
    SearchRequest request = new SearchRequest(DirectoryQueries.groupsWithMember(memberId), null,
        null, null, service.config().maxPageSize(), null, "displayName", null);
    return service.search(call, "Group", request).path("Resources");
  }
}
