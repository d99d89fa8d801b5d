package io.scimitar.benchmarks.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.json.ScimJson;
import io.scimitar.core.service.AttributeSelection;
import io.scimitar.core.service.ResourceResponse;
import io.scimitar.core.service.ScimCall;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.service.SearchRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records what the SCIM endpoints answer, by asking the service directly and serializing the way
 * the JAX-RS binding does; {@link HttpLoadServer} then checks a sample of the recordings against
 * real HTTP answers, so the bare resources are known to send the same bytes.
 */
final class Recorder {
  /** The page size of the list scenario. */
  static final int PAGE_SIZE = 100;

  private final ScimService service;
  private final ScimJson json;

  Recorder(ScimService service) {
    this.service = service;
    this.json = new ScimJson(service.config().json());
  }

  BareResponses record(LoadData data, ScimCall reads, ScimCall writes) {
    Map<String, CannedResponse> users = new HashMap<>();
    for (String id : concat(data.readUserIds(), data.readSmallUserIds())) {
      users.put(id, resource(service.get(reads, "User", id, AttributeSelection.DEFAULT), 200));
    }
    Map<String, CannedResponse> filtered = new HashMap<>();
    for (String userName : data.readUserNames()) {
      String filter = userNameFilter(userName);
      filtered.put(filter, list(reads, Map.of("filter", filter)));
    }
    Map<Integer, CannedResponse> pages = new HashMap<>();
    for (int start = 1; start <= data.readUserIds().size(); start += PAGE_SIZE) {
      pages.put(start, list(reads,
          Map.of("startIndex", String.valueOf(start), "count", String.valueOf(PAGE_SIZE))));
    }
    // One real creation and one real PATCH in the write tenant; their answers stand for all.
    CannedResponse created = resource(service.create(writes, "User",
        LoadData.provisionedUser("recorded@example.com"), AttributeSelection.DEFAULT), 201);
    CannedResponse patched = resource(service.patch(writes, "Group",
        data.writeGroupIds().get(0), LoadData.addMember(data.writeUserIds().get(0)), null,
        AttributeSelection.DEFAULT), 204);
    return new BareResponses(Map.copyOf(users), Map.copyOf(filtered), Map.copyOf(pages),
        created, patched);
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> both = new ArrayList<>(first);
    both.addAll(second);
    return both;
  }

  /** The filter the filter scenario sends for a user. */
  static String userNameFilter(String userName) {
    return "userName eq \"" + userName + "\"";
  }

  private CannedResponse resource(ResourceResponse answer, int status) {
    byte[] body = answer.hasBody() ? json.write(answer.body()) : null;
    return new CannedResponse(answer.hasBody() ? status : 204, body, answer.meta().etag(),
        answer.meta().location());
  }

  private CannedResponse list(ScimCall call, Map<String, String> query) {
    ObjectNode page = service.search(call, "User", SearchRequest.fromQueryParameters(query::get));
    return new CannedResponse(200, json.write(page), null, null);
  }
}
