package io.scimitar.core.bulk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;

/**
 * One operation of a bulk request, as read. An operation that could not be read keeps its
 * position and carries the error it will be answered with, so one bad operation does not fail the
 * whole request.
 *
 * @param index the position in the request, from 0
 * @param method the method, or null when it is missing or unknown
 * @param methodText the method as sent, for the response ({@code ""} when missing)
 * @param bulkId the client's id for the operation, or null
 * @param version the version (ETag) the operation expects, or null
 * @param path the path as sent, e.g. {@code /Users} or {@code /Groups/42}, or null
 * @param data the body, or null
 * @param invalid why the operation cannot run, or null when it can
 */
record BulkOperation(
    int index,
    BulkMethod method,
    String methodText,
    String bulkId,
    String version,
    String path,
    ObjectNode data,
    ScimException invalid) {}
