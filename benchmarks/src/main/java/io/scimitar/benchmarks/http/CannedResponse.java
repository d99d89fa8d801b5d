package io.scimitar.benchmarks.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A response recorded from the SCIM service, replayed by the bare resources: the status, the
 * body bytes exactly as the SCIM endpoint writes them, and the headers it sets from the
 * resource's metadata. The bytes are never changed after construction.
 */
final class CannedResponse {
  /** The media type every SCIM body has (the SCIM endpoints' default). */
  static final String SCIM_JSON = "application/scim+json";

  private final int status;
  private final byte[] body;
  private final String etag;
  private final String location;

  /**
   * @param status the HTTP status
   * @param body the body bytes, or null for none (204)
   * @param etag the {@code ETag} header, or null for none (list responses)
   * @param location the {@code Location} header, or null for none
   */
  CannedResponse(int status, byte[] body, String etag, String location) {
    this.status = status;
    this.body = body;
    this.etag = etag;
    this.location = location;
  }

  Response toResponse() {
    Response.ResponseBuilder builder = body == null
        ? Response.status(status)
        : Response.status(status).entity(body).type(SCIM_JSON);
    if (etag != null) {
      builder.header(HttpHeaders.ETAG, etag);
    }
    if (location != null) {
      builder.header(HttpHeaders.LOCATION, location);
    }
    return builder.build();
  }
}
