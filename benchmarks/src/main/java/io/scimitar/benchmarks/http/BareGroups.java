package io.scimitar.benchmarks.http;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** The bare counterpart of {@code PATCH /Groups/{id}}: reads the body, answers the recording. */
@Path("Groups")
public final class BareGroups {
  private final BareResponses responses;

  BareGroups(BareResponses responses) {
    this.responses = responses;
  }

  /** Reads the whole body and answers the recorded 204. */
  @PATCH
  @Path("{id}")
  @Consumes({CannedResponse.SCIM_JSON, "application/json"})
  public Response patch(byte[] body) {
    return responses.patched().toResponse();
  }
}
