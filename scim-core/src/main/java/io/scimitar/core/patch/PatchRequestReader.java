package io.scimitar.core.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.filter.FilterParser;
import io.scimitar.core.path.AttributePath;
import io.scimitar.core.path.PatchPath;
import io.scimitar.core.schema.ResourceSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a PATCH request body ({@code urn:ietf:params:scim:api:messages:2.0:PatchOp}, RFC 7644
 * §3.5.2) into a {@link PatchRequest}. Thread-safe.
 *
 * <p>What it accepts, beyond the letter of the RFC, because real clients send it:
 *
 * <ul>
 *   <li>member names in any case ({@code "operations"}, {@code "Op"}, {@code "Path"}), as SCIM
 *       attribute names are case-insensitive, and operation names in any case ({@code "Replace"},
 *       Entra ID);
 *   <li>a body without {@code schemas}: the {@code Operations} member alone identifies the message.
 *       A {@code schemas} that is present must contain the PatchOp URN, so a resource sent to the
 *       PATCH endpoint by mistake is refused rather than misread;
 *   <li>an empty or blank {@code path}, read as no path;
 *   <li>a {@code path} that is the URN of an extension of the resource type, even when the URN's
 *       last segment is not an attribute name ({@code urn:example:ext:1.0}), when the reader
 *       knows the resource type;
 *   <li>a {@code value} on {@code remove} (Entra ID removes group members with
 *       {@code path: "members"} and the members to remove as the value);
 *   <li>unknown members of an operation (such as {@code "name": "addMember"}), which carry no
 *       data and are ignored.
 * </ul>
 *
 * <p>It refuses with 400 {@code invalidSyntax}: a missing, non-array or empty
 * {@code Operations}, an operation that is not an object, a missing or unknown {@code op}, a
 * non-string {@code path}, and {@code add} or {@code replace} without a {@code value}; with 400
 * {@code invalidPath} a path that does not parse (400 {@code invalidFilter} when the filter
 * between its brackets does not); with 400 {@code noTarget} a {@code remove}
 * without a path (RFC 7644 §3.5.2.2); with 413 more operations than the configured maximum.
 */
public final class PatchRequestReader {
  /** The message schema of a PATCH request body. */
  public static final String PATCH_OP_URN = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  private final FilterParser parser;
  private final int maxOperations;
  private final ResourceSchema schema;
  private final boolean emptyOperations;

  /**
   * Creates a reader that knows no resource type: a path must parse as an attribute path.
   *
   * @param parser parses the operations' paths
   * @param maxOperations the most operations one request may carry
   */
  public PatchRequestReader(FilterParser parser, int maxOperations) {
    this(parser, maxOperations, null);
  }

  /**
   * Creates a reader for one resource type, which also reads a path naming one of its
   * extensions by URN.
   *
   * @param parser parses the operations' paths
   * @param maxOperations the most operations one request may carry
   * @param schema the resource type the requests patch, or null
   */
  public PatchRequestReader(FilterParser parser, int maxOperations, ResourceSchema schema) {
    this(parser, maxOperations, schema, false);
  }

  /**
   * Creates a reader for one resource type.
   *
   * @param parser parses the operations' paths
   * @param maxOperations the most operations one request may carry
   * @param schema the resource type the requests patch, or null
   * @param emptyOperations whether an empty {@code Operations} array is read as a request that
   *     changes nothing ({@code ClientTolerances.emptyPatchOperations}) instead of refused
   */
  public PatchRequestReader(FilterParser parser, int maxOperations, ResourceSchema schema,
      boolean emptyOperations) {
    this.emptyOperations = emptyOperations;
    this.parser = Objects.requireNonNull(parser, "parser");
    if (maxOperations < 1) {
      throw new IllegalArgumentException("maxOperations must be positive");
    }
    this.maxOperations = maxOperations;
    this.schema = schema;
  }

  /**
   * Reads a request body.
   *
   * @throws ScimException 400 or 413 as described on the class
   */
  public PatchRequest read(ObjectNode body) {
    checkSchemas(member(body, "schemas", "PATCH request"));
    JsonNode operations = member(body, "Operations", "PATCH request");
    if (operations == null || operations.isNull()) {
      throw ScimException.invalidSyntax("PATCH request has no 'Operations'");
    }
    if (!operations.isArray()) {
      throw ScimException.invalidSyntax(
          "'Operations' must be an array, got " + JsonValues.kind(operations));
    }
    if (operations.isEmpty() && emptyOperations) {
      return PatchRequest.NOTHING;
    }
    if (operations.isEmpty()) {
      throw ScimException.invalidSyntax("'Operations' is empty; a PATCH request needs at least one");
    }
    if (operations.size() > maxOperations) {
      throw ScimException.payloadTooLarge("PATCH request has " + operations.size()
          + " operations; at most " + maxOperations + " are accepted");
    }
    List<PatchOperation> parsed = new ArrayList<>(operations.size());
    int number = 1;
    for (JsonNode operation : operations) {
      parsed.add(readOperation(operation, number++));
    }
    return new PatchRequest(parsed);
  }

  private static void checkSchemas(JsonNode schemas) {
    if (schemas == null) {
      return;
    }
    if (schemas.isArray()) {
      for (JsonNode urn : schemas) {
        if (urn.isTextual() && urn.textValue().strip().equalsIgnoreCase(PATCH_OP_URN)) {
          return;
        }
      }
    }
    throw ScimException.invalidSyntax("'schemas' of a PATCH request must contain " + PATCH_OP_URN);
  }

  private PatchOperation readOperation(JsonNode operation, int number) {
    String label = "operation " + number;
    if (!operation.isObject()) {
      throw ScimException.invalidSyntax(
          label + " must be an object, got " + JsonValues.kind(operation));
    }
    JsonNode opNode = member(operation, "op", label);
    if (opNode == null || !opNode.isTextual()) {
      throw ScimException.invalidSyntax(label + " has no 'op' (add, remove or replace)");
    }
    PatchOp op = PatchOp.fromName(opNode.textValue().strip())
        .orElseThrow(() -> ScimException.invalidSyntax(label + " has unknown op '"
            + abbreviate(opNode.textValue()) + "'; expected add, remove or replace"));
    OperationContext context = new OperationContext(number, op);
    PatchPath path = readPath(member(operation, "path", label), context);
    JsonNode value = member(operation, "value", label);
    if (op == PatchOp.REMOVE && path == null) {
      throw context.noTarget("remove needs a 'path'");
    }
    if (op != PatchOp.REMOVE && value == null) {
      throw context.invalidSyntax("'value' is required");
    }
    return new PatchOperation(op, path, value);
  }

  private PatchPath readPath(JsonNode pathNode, OperationContext context) {
    if (pathNode == null || pathNode.isNull()) {
      return null;
    }
    if (!pathNode.isTextual()) {
      throw context.invalidSyntax("'path' must be a string, got " + JsonValues.kind(pathNode));
    }
    String text = pathNode.textValue().strip();
    if (text.isEmpty()) {
      return null;
    }
    if (schema != null && schema.extension(text).isPresent()) {
      return PatchPath.of(AttributePath.ofSchemaUrn(text));
    }
    try {
      return parser.parsePatchPath(text);
    } catch (ScimException e) {
      throw context.rethrow(e);
    }
  }

  /** A member by name ignoring case; two members differing only in case are ambiguous. */
  private static JsonNode member(JsonNode object, String name, String where) {
    JsonNode found = null;
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      if (entry.getKey().equalsIgnoreCase(name)) {
        if (found != null) {
          throw ScimException.invalidSyntax(where + " has '" + name + "' more than once");
        }
        found = entry.getValue();
      }
    }
    return found;
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
