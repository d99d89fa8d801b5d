package io.scimitar.core.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.schema.ResourceSchema;

/**
 * A search at the server root ({@code POST /.search}, RFC 7644 §3.4.3), over every resource type.
 *
 * <p>The types are searched one at a time, in registration order (User, Group, then host types),
 * and their results are concatenated: {@code totalResults} is the sum over the types, and
 * {@code startIndex} and {@code count} page through the concatenation. {@code sortBy} orders the
 * results within each type. A type whose schema cannot evaluate the request (the filter, sort or
 * attribute list names an attribute that type does not have: 400) contributes no results; when
 * every type rejects the request, the first type's error is returned. Cursor paging is not
 * available at the root (400 {@code invalidValue}), since a cursor belongs to one type.
 */
public final class RootSearch {
  private final ScimService service;

  /** Root searches over every resource type of {@code service}. */
  public RootSearch(ScimService service) {
    this.service = service;
  }

  /** Runs a root search and answers a ListResponse. */
  public ObjectNode search(ScimCall call, SearchRequest request) {
    if (request.cursor() != null) {
      throw ScimException.invalidValue(
          "cursor paging is not available for searches at the root; search one resource type");
    }
    ServiceConfig config = service.config();
    int count = request.count() == null ? config.defaultPageSize()
        : Math.min(Math.max(0, request.count()), config.maxPageSize());
    int startIndex = request.startIndex() == null ? 1 : Math.max(1, request.startIndex());
    long skip = startIndex - 1L;
    long total = 0;
    boolean anyAccepted = false;
    ScimException firstRejection = null;
    ArrayNode resources = JsonNodeFactory.instance.arrayNode();
    for (ResourceSchema type : service.registry().resourceSchemas()) {
      String name = type.resourceType().name();
      int typeTotal;
      try {
        typeTotal = service.search(call, name, page(request, 1, 0)).path("totalResults").asInt();
      } catch (ScimException e) {
        if (e.status() != 400) {
          throw e;
        }
        firstRejection = firstRejection == null ? e : firstRejection;
        continue;
      }
      anyAccepted = true;
      long available = typeTotal - skip;
      int wanted = count - resources.size();
      if (available > 0 && wanted > 0) {
        int localStart = (int) (skip + 1);
        JsonNode page = service.search(call, name, page(request, localStart, wanted));
        page.path("Resources").forEach(resources::add);
      }
      skip = Math.max(0, skip - typeTotal);
      total += typeTotal;
    }
    if (!anyAccepted && firstRejection != null) {
      throw firstRejection;
    }
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.putArray("schemas").add(ScimService.LIST_RESPONSE_URN);
    body.put("totalResults", (int) Math.min(Integer.MAX_VALUE, total));
    body.put("startIndex", startIndex);
    body.put("itemsPerPage", resources.size());
    body.set("Resources", resources);
    return body;
  }

  private static SearchRequest page(SearchRequest request, int startIndex, int count) {
    return new SearchRequest(request.filter(), request.sortBy(), request.sortOrder(), startIndex,
        count, null, request.attributes(), request.excludedAttributes());
  }
}
