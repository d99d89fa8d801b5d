package io.scimitar.benchmarks.scale;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.service.AttributeSelection;
import io.scimitar.core.service.ScimCall;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.service.SearchRequest;
import java.util.Locale;
import java.util.Map;

/**
 * The same lookups and member changes through {@link ScimService}, as a binding calls it:
 * filter text parsed and resolved, PATCH bodies interpreted, responses projected to JSON. The
 * difference to {@link StoreOperations} is the service's own cost.
 */
final class ServiceOperations {
  private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
  private static final AttributeSelection WITHOUT_MEMBERS = new AttributeSelection(null, "members");

  private final ScimService service;
  private final ScimCall call;

  ServiceOperations(ScimService service, ScimCall call) {
    this.service = service;
    this.call = call;
  }

  /** {@code GET /Users?filter=userName eq "…"} for a spread of users. */
  Sampler.Operation userNameSearch(int size) {
    int[] targets = StoreOperations.targets(size);
    return i -> {
      int target = targets[i % targets.length];
      String filter = "userName eq \"" + Directory.userName(target).toUpperCase(Locale.ROOT) + "\"";
      ObjectNode page = service.search(call, "User",
          SearchRequest.fromQueryParameters(Map.of("filter", filter)::get));
      if (page.path("totalResults").asInt() != 1) {
        throw new IllegalStateException("wrong result: search for user " + target);
      }
    };
  }

  /** {@code PATCH /Groups/{id}} adding the outsider, answered without members. */
  Sampler.Operation addOutsider(int g) {
    ObjectNode value = JsonNodeFactory.instance.objectNode()
        .put("value", Directory.userId(Directory.outsider()));
    ObjectNode operation = JsonNodeFactory.instance.objectNode().put("op", "add")
        .put("path", "members");
    operation.putArray("value").add(value);
    return patch(g, operation);
  }

  /** {@code PATCH /Groups/{id}} removing the outsider, answered without members. */
  Sampler.Operation removeOutsider(int g) {
    ObjectNode operation = JsonNodeFactory.instance.objectNode().put("op", "remove")
        .put("path", "members[value eq \"" + Directory.userId(Directory.outsider()) + "\"]");
    return patch(g, operation);
  }

  private Sampler.Operation patch(int g, ObjectNode operation) {
    String id = Directory.groupId(g);
    return i -> {
      ObjectNode body = JsonNodeFactory.instance.objectNode();
      body.putArray("schemas").add(PATCH_OP);
      body.putArray("Operations").add(operation.deepCopy());
      service.patch(call, "Group", id, body, null, WITHOUT_MEMBERS);
    };
  }
}
