package io.scimitar.core.bulk;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ErrorDocument;
import io.scimitar.core.error.ScimException;

/**
 * The outcome of one bulk operation, as an element of the BulkResponse's {@code Operations}
 * (RFC 7644 §3.7.3).
 *
 * @param operation the operation
 * @param status the HTTP status of the operation
 * @param location the resource's URL, or null (a failed POST has none)
 * @param etag the resource's version as an ETag, or null
 * @param error the failure, or null on success
 */
record BulkResult(
    BulkOperation operation, int status, String location, String etag, ScimException error) {

  static BulkResult success(BulkOperation operation, int status, String location, String etag) {
    return new BulkResult(operation, status, location, etag, null);
  }

  static BulkResult failure(BulkOperation operation, String location, ScimException error) {
    return new BulkResult(operation, error.status(), location, null, error);
  }

  boolean failed() {
    return error != null;
  }

  ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("method", operation.method() == null
        ? operation.methodText() : operation.method().name());
    if (operation.bulkId() != null) {
      node.put("bulkId", operation.bulkId());
    }
    if (etag != null) {
      node.put("version", etag);
    }
    if (location != null) {
      node.put("location", location);
    }
    node.put("status", Integer.toString(status));
    if (error != null) {
      node.set("response", ErrorDocument.of(error));
    }
    return node;
  }
}
