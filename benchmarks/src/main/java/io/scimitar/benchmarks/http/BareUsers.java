package io.scimitar.benchmarks.http;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * The bare counterpart of {@code /Users}: plain Jersey resource methods that look the recorded
 * answer up and send it, with no authentication, service, store or JSON work. The difference to
 * the SCIM endpoint is what Scimitar costs on top of the runtime.
 */
@Path("Users")
public final class BareUsers {
  private final BareResponses responses;

  BareUsers(BareResponses responses) {
    this.responses = responses;
  }

  /** The recorded {@code GET /Users/{id}}. */
  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    return answer(responses.users().get(id));
  }

  /** The recorded filter search, or list page when there is no filter. */
  @GET
  public Response list(@QueryParam("filter") String filter,
      @QueryParam("startIndex") Integer startIndex) {
    return answer(filter != null
        ? responses.filtered().get(filter)
        : responses.pages().get(startIndex == null ? 1 : startIndex));
  }

  /** Reads the whole body, as the SCIM endpoint must, and answers the recorded creation. */
  @POST
  @Consumes({CannedResponse.SCIM_JSON, "application/json"})
  public Response create(byte[] body) {
    return responses.created().toResponse();
  }

  private static Response answer(CannedResponse recorded) {
    return recorded == null ? Response.status(404).build() : recorded.toResponse();
  }
}
