package io.scimitar.jaxrs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.service.AttributeSelection;
import io.scimitar.core.service.ETags;
import io.scimitar.core.service.ResourceResponse;
import io.scimitar.core.service.ScimCall;
import io.scimitar.core.service.ScimService;
import jakarta.ws.rs.core.Response;

/**
 * Reads and writes of one resource, with the HTTP preconditions: {@code If-Match} (412 when the
 * version differs), and {@code If-None-Match} (304 on reads, 412 on writes when it matches, per
 * RFC 7232 §3.2). Shared by the resource endpoints and {@code /Me}.
 */
final class ResourceOperations {
  private final ScimService service;

  ResourceOperations(ScimService service) {
    this.service = service;
  }

  Response get(ScimCall call, String type, String id, AttributeSelection selection,
      String ifMatch, String ifNoneMatch) {
    ResourceResponse answer = service.get(call, type, id, selection);
    String version = answer.meta().version();
    if (ifMatch != null && !ETags.matches(ifMatch, version)) {
      throw ScimException.preconditionFailed(
          "resource is at version " + answer.meta().etag() + ", not " + ifMatch);
    }
    if (ifNoneMatch != null && ETags.matches(ifNoneMatch, version)) {
      return ScimResponses.notModified(answer.meta());
    }
    return ScimResponses.resource(answer, 200);
  }

  Response replace(ScimCall call, String type, String id, ObjectNode body,
      AttributeSelection selection, String ifMatch, String ifNoneMatch) {
    refuseIfNoneMatch(call, type, id, ifNoneMatch);
    return ScimResponses.resource(service.replace(call, type, id, body, ifMatch, selection), 200);
  }

  Response patch(ScimCall call, String type, String id, ObjectNode body,
      AttributeSelection selection, String ifMatch, String ifNoneMatch) {
    refuseIfNoneMatch(call, type, id, ifNoneMatch);
    return ScimResponses.resource(service.patch(call, type, id, body, ifMatch, selection), 200);
  }

  Response delete(ScimCall call, String type, String id, String ifMatch, String ifNoneMatch) {
    refuseIfNoneMatch(call, type, id, ifNoneMatch);
    service.delete(call, type, id, ifMatch);
    return Response.noContent().build();
  }

  private void refuseIfNoneMatch(ScimCall call, String type, String id, String ifNoneMatch) {
    if (ifNoneMatch == null) {
      return;
    }
    ResourceResponse current = service.get(call, type, id, AttributeSelection.DEFAULT);
    if (ETags.matches(ifNoneMatch, current.meta().version())) {
      throw ScimException.preconditionFailed("resource is at version " + current.meta().etag()
          + ", which matches If-None-Match " + ifNoneMatch);
    }
  }
}
