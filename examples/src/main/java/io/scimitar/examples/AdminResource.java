package io.scimitar.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.auth.IssuedScimKey;
import io.scimitar.core.auth.ScimKey;
import io.scimitar.core.auth.ScimKeyLimitException;
import io.scimitar.core.auth.ScimKeyManager;
import io.scimitar.core.auth.TenantSyncSwitch;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The host's admin API for the tenant {@value ExampleServer#TENANT} under {@code /admin}: SCIM
 * keys ({@code POST/GET /keys}, {@code POST /keys/{id}/disable}, {@code DELETE /keys/{id}}), the
 * SCIM sync switch ({@code GET/PUT /sync}); users and groups are
 * {@link io.scimitar.examples.console.AdminDirectoryResource}'s. A key's token appears only in the
 * answer that creates it.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class AdminResource {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ScimKeyManager keys;
  private final TenantSyncSwitch sync;
  private final String scimBaseUrl;

  AdminResource(
      ScimKeyManager keys, TenantSyncSwitch sync, String scimBaseUrl) {
    this.keys = keys;
    this.sync = sync;
    this.scimBaseUrl = scimBaseUrl;
  }

  /** Creates a SCIM key; the only answer that ever carries its token. 409 over the limit. */
  @POST
  @Path("keys")
  public Response createKey() {
    IssuedScimKey issued;
    try {
      issued = keys.create(ExampleServer.TENANT);
    } catch (ScimKeyLimitException e) {
      return error(Response.Status.CONFLICT, e.getMessage());
    }
    ObjectNode body = describe(issued.key());
    body.put("token", issued.token());
    body.put("scimBaseUrl", scimBaseUrl);
    return json(Response.Status.CREATED, body);
  }

  /** The SCIM keys, without secrets. */
  @GET
  @Path("keys")
  public Response listKeys() {
    ObjectNode body = JSON.createObjectNode();
    ArrayNode list = body.putArray("keys");
    keys.list(ExampleServer.TENANT).forEach(key -> list.add(describe(key)));
    return json(Response.Status.OK, body);
  }

  /** Disables a key at once; 404 when there is no such key. */
  @POST
  @Path("keys/{id}/disable")
  public Response disableKey(@PathParam("id") String id) {
    return keys.disable(ExampleServer.TENANT, id)
        .map(key -> json(Response.Status.OK, describe(key)))
        .orElseGet(() -> error(Response.Status.NOT_FOUND, "no SCIM key " + id));
  }

  /** Deletes a key at once; 404 when there is no such key. */
  @DELETE
  @Path("keys/{id}")
  public Response deleteKey(@PathParam("id") String id) {
    return keys.delete(ExampleServer.TENANT, id)
        ? Response.noContent().build()
        : error(Response.Status.NOT_FOUND, "no SCIM key " + id);
  }

  /** Whether SCIM sync is on. */
  @GET
  @Path("sync")
  public Response syncState() {
    return json(Response.Status.OK, syncBody());
  }

  /** Turns SCIM sync on or off: {@code {"enabled": true|false}}. */
  @PUT
  @Path("sync")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response setSync(String body) {
    JsonNode enabled;
    try {
      enabled = JSON.readTree(body).path("enabled");
    } catch (JsonProcessingException e) {
      return error(Response.Status.BAD_REQUEST, "the body must be {\"enabled\": true|false}");
    }
    if (!enabled.isBoolean()) {
      return error(Response.Status.BAD_REQUEST, "the body must be {\"enabled\": true|false}");
    }
    sync.setEnabled(ExampleServer.TENANT, enabled.booleanValue());
    return json(Response.Status.OK, syncBody());
  }

  private ObjectNode syncBody() {
    ObjectNode body = JSON.createObjectNode();
    body.put("enabled", sync.isEnabled(ExampleServer.TENANT));
    return body;
  }

  private static ObjectNode describe(ScimKey key) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", key.id());
    node.put("created", key.created().toString());
    node.put("lastUsed", key.lastUsedIfAny().map(Object::toString).orElse(null));
    node.put("status", key.status().name());
    return node;
  }

  private static Response error(Response.Status status, String message) {
    ObjectNode body = JSON.createObjectNode();
    body.put("error", message);
    return json(status, body);
  }

  private static Response json(Response.Status status, JsonNode body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body.toString()).build();
  }
}
