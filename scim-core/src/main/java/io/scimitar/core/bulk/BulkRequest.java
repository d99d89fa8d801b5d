package io.scimitar.core.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed BulkRequest (RFC 7644 §3.7). Faults of the request as a whole (wrong schema, no
 * {@code Operations}, too many operations, a bad {@code failOnErrors}, a {@code bulkId} used twice)
 * are thrown; faults of one operation are kept in it (see {@link BulkOperation#invalid()}).
 *
 * @param failOnErrors how many errors the client accepts before processing stops, or null for no
 *     limit
 * @param operations the operations in request order
 */
record BulkRequest(Integer failOnErrors, List<BulkOperation> operations) {
  static final String BULK_REQUEST_URN = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";

  static BulkRequest read(ObjectNode body, int maxOperations) {
    requireSchema(body);
    JsonNode operations = body.get("Operations");
    if (operations == null || !operations.isArray()) {
      throw ScimException.invalidSyntax("bulk request must have an 'Operations' array");
    }
    if (operations.size() > maxOperations) {
      throw ScimException.payloadTooLarge("bulk request has " + operations.size()
          + " operations, more than maxOperations (" + maxOperations + ")");
    }
    Integer failOnErrors = failOnErrors(body.get("failOnErrors"));
    List<BulkOperation> read = new ArrayList<>(operations.size());
    Set<String> bulkIds = new HashSet<>();
    for (int index = 0; index < operations.size(); index++) {
      BulkOperation operation = operation(index, operations.get(index));
      if (operation.bulkId() != null && operation.method() == BulkMethod.POST
          && !bulkIds.add(operation.bulkId())) {
        throw ScimException.invalidValue("bulkId '" + operation.bulkId()
            + "' is used by more than one POST operation");
      }
      read.add(operation);
    }
    return new BulkRequest(failOnErrors, List.copyOf(read));
  }

  private static void requireSchema(ObjectNode body) {
    for (JsonNode urn : body.path("schemas")) {
      if (BULK_REQUEST_URN.equalsIgnoreCase(urn.asText())) {
        return;
      }
    }
    throw ScimException.invalidSyntax("bulk request must declare schema " + BULK_REQUEST_URN);
  }

  private static Integer failOnErrors(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1) {
      throw ScimException.invalidValue("failOnErrors must be a positive integer");
    }
    return value.intValue();
  }

  private static BulkOperation operation(int index, JsonNode node) {
    String position = "operation " + (index + 1);
    if (!node.isObject()) {
      return invalid(index, "", null, ScimException.invalidSyntax(position + " is not an object"));
    }
    String methodText = text(node, "method").orElse("");
    String bulkId = text(node, "bulkId").orElse(null);
    Optional<BulkMethod> method = BulkMethod.parse(methodText);
    if (method.isEmpty()) {
      String problem = methodText.isEmpty()
          ? "no method" : "unsupported method '" + methodText + "'";
      return invalid(index, methodText, bulkId, ScimException.invalidValue(
          position + " has " + problem + "; use POST, PUT, PATCH or DELETE"));
    }
    String path = text(node, "path").orElse(null);
    if (path == null || !path.startsWith("/")) {
      return invalid(index, methodText, bulkId,
          ScimException.invalidValue(position + " needs a 'path' such as /Users or /Users/{id}"));
    }
    JsonNode data = node.get("data");
    ScimException invalid = null;
    if (method.get().hasData() && (data == null || !data.isObject())) {
      invalid = ScimException.invalidSyntax(
          position + " (" + method.get() + ") needs a JSON object in 'data'");
    }
    return new BulkOperation(index, method.get(), methodText, bulkId,
        text(node, "version").orElse(null), path,
        data != null && data.isObject() ? (ObjectNode) data : null, invalid);
  }

  private static BulkOperation invalid(
      int index, String methodText, String bulkId, ScimException error) {
    return new BulkOperation(index, null, methodText, bulkId, null, null, null, error);
  }

  private static Optional<String> text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }
}
