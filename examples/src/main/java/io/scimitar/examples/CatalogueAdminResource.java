package io.scimitar.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.catalogue.CatalogueItem;
import io.scimitar.core.service.ScimCall;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.service.SearchRequest;
import io.scimitar.core.spi.RequestContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The admin API of one catalogue of the tenant {@value ExampleServer#TENANT}: list, read, create
 * and delete its items; see the examples README for the shapes. An item's answer says how many
 * users hold it (found over SCIM's own search), and a held item cannot be deleted (409): the
 * identity provider assigned it and still believes the users hold it, so it must revoke the
 * grants first. Concrete per catalogue: {@link PermissionSets} and {@link Roles}.
 */
public abstract class CatalogueAdminResource {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_ID = 128;
  private static final int MAX_NAME = 255;
  private static final int MAX_DESCRIPTION = 1000;

  private final CatalogueKind kind;
  private final CatalogueRows rows;
  private final ScimService service;
  private final String scimBaseUrl;

  CatalogueAdminResource(
      CatalogueKind kind, CatalogueRows rows, ScimService service, String scimBaseUrl) {
    this.kind = kind;
    this.rows = rows;
    this.service = service;
    this.scimBaseUrl = scimBaseUrl;
  }

  /** The items, by id, each with how many users hold it. */
  @GET
  public Response list() {
    ObjectNode body = JSON.createObjectNode();
    ArrayNode items = JSON.createArrayNode();
    for (CatalogueItem item : rows.list(ExampleServer.TENANT, kind)) {
      items.add(describe(item).put("assignedUsers", holders(item.id(), 0).path("totalResults")
          .asInt()));
    }
    body.put("totalResults", items.size());
    body.set(kind.listName(), items);
    return json(Response.Status.OK, body);
  }

  /** One item with the users who hold it (up to the service's page size); 404 when unknown. */
  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    return rows.find(ExampleServer.TENANT, kind, id).map(item -> {
      JsonNode page = holders(id, service.config().maxPageSize());
      ObjectNode body = describe(item).put("assignedUsers", page.path("totalResults").asInt());
      ArrayNode users = body.putArray("users");
      for (JsonNode user : page.path("Resources")) {
        users.addObject().put("id", user.path("id").asText())
            .put("userName", user.path("userName").asText());
      }
      return json(Response.Status.OK, body);
    }).orElseGet(() -> error(Response.Status.NOT_FOUND, "no " + kind.path() + " item " + id));
  }

  /**
   * Creates an item from {@code {"displayName": …, "id": …, "description": …}} ({@code id} and
   * {@code description} optional; a missing id is generated): 201 with the item, 400 when the
   * body is not that, 409 when the id is taken.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(String body) {
    JsonNode request;
    try {
      request = JSON.readTree(body == null ? "" : body);
    } catch (JsonProcessingException e) {
      request = null;
    }
    if (request == null || !request.isObject()) {
      return error(Response.Status.BAD_REQUEST, "the body must be a JSON object");
    }
    for (String member : List.of("displayName", "id", "description")) {
      if (request.hasNonNull(member) && !request.get(member).isTextual()) {
        return error(Response.Status.BAD_REQUEST, member + " must be a string");
      }
    }
    String displayName = text(request, "displayName");
    String id = text(request, "id");
    String description = text(request, "description");
    if (displayName == null || displayName.isBlank() || displayName.length() > MAX_NAME) {
      return error(Response.Status.BAD_REQUEST,
          "displayName is required: a string of 1 to " + MAX_NAME + " characters");
    }
    if (id == null) {
      id = kind.path().substring(0, 1) + "-" + UUID.randomUUID();
    } else if (id.isBlank() || id.length() > MAX_ID || !id.strip().equals(id)) {
      return error(Response.Status.BAD_REQUEST, "id must be 1 to " + MAX_ID
          + " characters without leading or trailing spaces");
    }
    if (description != null && description.length() > MAX_DESCRIPTION) {
      return error(Response.Status.BAD_REQUEST,
          "description must be at most " + MAX_DESCRIPTION + " characters");
    }
    Instant now = Instant.now();
    CatalogueItem item =
        new CatalogueItem(id, displayName, kind.itemType(), description, now, now);
    if (!rows.insert(ExampleServer.TENANT, kind, item)) {
      return error(Response.Status.CONFLICT, "there is already a " + kind.path() + " item " + id);
    }
    return json(Response.Status.CREATED, describe(item).put("assignedUsers", 0));
  }

  /** Deletes an item nobody holds: 204; 404 when unknown; 409 while users hold it. */
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    if (rows.find(ExampleServer.TENANT, kind, id).isEmpty()) {
      return error(Response.Status.NOT_FOUND, "no " + kind.path() + " item " + id);
    }
    int held = holders(id, 0).path("totalResults").asInt();
    if (held > 0) {
      ObjectNode body = JSON.createObjectNode();
      body.put("error", id + " is held by " + held + " user(s); revoke it in the identity "
          + "provider (or remove it from the users over SCIM) before deleting it");
      body.put("assignedUsers", held);
      return json(Response.Status.CONFLICT, body);
    }
    rows.delete(ExampleServer.TENANT, kind, id);
    return Response.noContent().build();
  }

  /** The users holding {@code id}, as a SCIM ListResponse of up to {@code count} of them. */
  private JsonNode holders(String id, int count) {
    String literal = "\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    SearchRequest request = new SearchRequest(
        kind.type().referencingAttribute() + "[value eq " + literal + "]", null, null, 1, count,
        null, "userName", null);
    return service.search(
        new ScimCall(RequestContext.of(ExampleServer.TENANT, "admin"), scimBaseUrl),
        kind.type().referencingType(), request);
  }

  private ObjectNode describe(CatalogueItem item) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", item.id());
    node.put("displayName", item.displayName());
    node.put("type", item.type());
    node.put("description", item.description());
    node.put("created", item.created().toString());
    node.put("scimLocation",
        scimBaseUrl + kind.type().resourceType().endpoint() + "/" + item.id());
    return node;
  }

  private static String text(JsonNode request, String name) {
    JsonNode value = request.get(name);
    return value != null && value.isTextual() ? value.asText() : null;
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

  /** The permission sets, at {@code /admin/permission-sets}. */
  @Path("permission-sets")
  @Produces(MediaType.APPLICATION_JSON)
  public static final class PermissionSets extends CatalogueAdminResource {
    PermissionSets(CatalogueRows rows, ScimService service, String scimBaseUrl) {
      super(CatalogueKind.PERMISSION_SET, rows, service, scimBaseUrl);
    }
  }

  /** The roles, at {@code /admin/roles}. */
  @Path("roles")
  @Produces(MediaType.APPLICATION_JSON)
  public static final class Roles extends CatalogueAdminResource {
    Roles(CatalogueRows rows, ScimService service, String scimBaseUrl) {
      super(CatalogueKind.ROLE, rows, service, scimBaseUrl);
    }
  }
}
