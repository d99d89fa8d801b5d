/**
 * Bulk requests (RFC 7644 §3.7): reading a BulkRequest, ordering its operations so that each
 * {@code bulkId:} reference is created before it is used, detecting references that cannot be
 * resolved (circular or undefined), running every operation through
 * {@link io.scimitar.core.service.ScimService}, honouring {@code failOnErrors}, and collecting the
 * BulkResponse. Bindings only hand over the parsed body and send back the result.
 */
package io.scimitar.core.bulk;
