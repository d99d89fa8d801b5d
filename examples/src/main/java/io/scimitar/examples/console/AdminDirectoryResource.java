package io.scimitar.examples.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.auth.TenantSyncSwitch;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.resource.Provenance;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.core.service.AttributeSelection;
import io.scimitar.core.service.ScimCall;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.service.SearchRequest;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.examples.UserGrants;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/**
 * The admin API for users and groups under {@code /admin/users} and {@code /admin/groups}, which
 * the console calls and scripts may too. Every call goes through the {@link ScimService} in the
 * admin's tenant as principal {@value ResourceSource#ADMIN_PRINCIPAL}, so validation, versions,
 * uniqueness and provenance are the ones SCIM clients get; what this class adds is the
 * console's view: the source of each resource, a user's nested groups, members page by page,
 * and the rule that resources provisioned over SCIM are read-only here while SCIM sync is on
 * (the identity provider owns them, and would overwrite a change on its next push).
 *
 * <p>Lists are sorted by userName or displayName and page with RFC 9865 cursors
 * ({@code cursor}, {@code count}): each page is one indexed store query (keyset paging in SQL)
 * however many resources the tenant has. Failures are JSON
 * {@code {"error": ..., "scimType": ...}} with the SCIM error's status.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class AdminDirectoryResource {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String USER = "User";
  private static final String GROUP = "Group";
  private static final AttributeSelection PROVENANCE_ONLY =
      new AttributeSelection(BuiltInSchemas.PROVENANCE, null);

  private final String tenant;
  private final ScimService service;
  private final TenantSyncSwitch sync;
  private final String scimBaseUrl;

  /** The directory of {@code tenant}, served by {@code service}, under its sync switch. */
  public AdminDirectoryResource(
      String tenant, ScimService service, TenantSyncSwitch sync, String scimBaseUrl) {
    this.tenant = tenant;
    this.service = service;
    this.sync = sync;
    this.scimBaseUrl = scimBaseUrl;
  }

  /**
   * A page of users by userName ({@code id}, {@code userName}, {@code displayName}, {@code email},
   * {@code active}, {@code source}, the provenance, and the ids of the permission sets and roles
   * held as {@code entitlements} and {@code roles}), those starting with {@code search} in
   * userName, displayName or an email when given, and {@code nextCursor} for the next page.
   */
  @GET
  @Path("users")
  public Response listUsers(@QueryParam("search") String search,
      @QueryParam("cursor") String cursor, @QueryParam("count") Integer count) {
    return answer(() -> list(USER, DirectoryQueries.users(search), "userName", cursor, count,
        "userName,displayName,name,emails,active," + UserGrants.ATTRIBUTES, "users"));
  }

  /** A page of groups ({@code id}, {@code displayName}, {@code source}), as users are listed. */
  @GET
  @Path("groups")
  public Response listGroups(@QueryParam("search") String search,
      @QueryParam("cursor") String cursor, @QueryParam("count") Integer count) {
    return answer(() -> list(GROUP, DirectoryQueries.groups(search), "displayName", cursor,
        count, "displayName", "groups"));
  }

  /**
   * One user as SCIM returns it ({@code resource}), with its source, whether the console may
   * change it and why not, and its groups, direct and nested.
   */
  @GET
  @Path("users/{id}")
  public Response getUser(@PathParam("id") String id) {
    return answer(() -> {
      ObjectNode body = describe(USER, id);
      body.set("groups", new NestedGroups(service, call()).of(body.path("resource")));
      return ok(body);
    });
  }

  /** One group as SCIM returns it without its members, with its source and read-only state. */
  @GET
  @Path("groups/{id}")
  public Response getGroup(@PathParam("id") String id) {
    return answer(() -> ok(describe(GROUP, id)));
  }

  /** A page of a group's members ({@code startIndex} from 1, {@code count}). */
  @GET
  @Path("groups/{id}/members")
  public Response groupMembers(@PathParam("id") String id,
      @QueryParam("startIndex") Integer startIndex, @QueryParam("count") Integer count) {
    return answer(() -> {
      JsonNode members = service.get(call(), GROUP, id, new AttributeSelection("members", null))
          .body().path("members");
      int from = Math.max(1, startIndex == null ? 1 : startIndex) - 1;
      int size = pageSize(count);
      ObjectNode body = JSON.createObjectNode();
      body.put("totalResults", members.size());
      body.put("startIndex", from + 1);
      ArrayNode page = body.putArray("members");
      for (int i = from; i < Math.min(members.size(), from + size); i++) {
        page.add(members.get(i));
      }
      return ok(body);
    });
  }

  /** Creates a user from a SCIM User body; 201 with the stored resource. */
  @POST
  @Path("users")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createUser(String body) {
    return answer(() -> created(USER, body));
  }

  /** Creates a group from a SCIM Group body; 201 with the stored resource. */
  @POST
  @Path("groups")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createGroup(String body) {
    return answer(() -> created(GROUP, body));
  }

  /** Applies a SCIM PatchOp to a user; 409 when it is read-only here. */
  @PATCH
  @Path("users/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response patchUser(@PathParam("id") String id, String body) {
    return answer(() -> patched(USER, id, body));
  }

  /** Applies a SCIM PatchOp to a group (its name, or members added and removed). */
  @PATCH
  @Path("groups/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response patchGroup(@PathParam("id") String id, String body) {
    return answer(() -> patched(GROUP, id, body));
  }

  /** Deletes a user; 409 when it is read-only here. */
  @DELETE
  @Path("users/{id}")
  public Response deleteUser(@PathParam("id") String id) {
    return answer(() -> deleted(USER, id));
  }

  /** Deletes a group; 409 when it is read-only here. */
  @DELETE
  @Path("groups/{id}")
  public Response deleteGroup(@PathParam("id") String id) {
    return answer(() -> deleted(GROUP, id));
  }

  private Response list(String type, String filter, String sortBy, String cursor,
      Integer count, String attributes, String arrayName) {
    SearchRequest request = new SearchRequest(filter, sortBy, "ascending", null, pageSize(count),
        cursor == null ? "" : cursor, attributes + "," + BuiltInSchemas.PROVENANCE, null);
    JsonNode page = service.search(call(), type, request);
    ObjectNode body = JSON.createObjectNode();
    body.put("totalResults", page.path("totalResults").asInt());
    ArrayNode entries = body.putArray(arrayName);
    for (JsonNode resource : page.path("Resources")) {
      entries.add(type.equals(USER) ? userEntry(resource) : groupEntry(resource));
    }
    body.put("nextCursor", page.path("nextCursor").asText(null));
    return ok(body);
  }

  private ObjectNode userEntry(JsonNode user) {
    ObjectNode entry = entry(user);
    entry.put("userName", user.path("userName").asText());
    entry.put("displayName", displayName(user));
    entry.put("email", primaryEmail(user));
    entry.put("active", !user.path("active").isBoolean() || user.path("active").asBoolean());
    UserGrants.copy(user, entry);
    return entry;
  }

  private ObjectNode groupEntry(JsonNode group) {
    ObjectNode entry = entry(group);
    entry.put("displayName", group.path("displayName").asText());
    return entry;
  }

  private static ObjectNode entry(JsonNode resource) {
    ObjectNode entry = JSON.createObjectNode();
    entry.put("id", resource.path("id").asText());
    entry.put("source", ResourceSource.of(resource).name());
    Provenance.fromJson(resource.path(BuiltInSchemas.PROVENANCE)).ifPresent(provenance -> {
      entry.put("origin", provenance.origin());
      entry.put("createdBy", provenance.createdBy());
      entry.put("lastModifiedBy", provenance.lastModifiedBy());
    });
    return entry;
  }

  /** The resource, its source and whether the console may change it. */
  private ObjectNode describe(String type, String id) {
    ObjectNode resource = service.get(call(), type, id, type.equals(GROUP)
        ? new AttributeSelection(null, "members") : AttributeSelection.DEFAULT).body();
    JsonNode provenance = service.get(call(), type, id, PROVENANCE_ONLY).body();
    ResourceSource source = ResourceSource.of(provenance);
    ObjectNode body = JSON.createObjectNode();
    body.set("resource", resource);
    body.put("source", source.name());
    String reason = readOnlyReason(type, source);
    body.put("readOnly", reason != null);
    body.put("readOnlyReason", reason);
    return body;
  }

  private Response created(String type, String body) {
    ObjectNode tree = object(body);
    if (!tree.has("schemas")) {
      tree.putArray("schemas").add(type.equals(USER) ? BuiltInSchemas.USER : BuiltInSchemas.GROUP);
    }
    ObjectNode stored = service.create(call(), type, tree, AttributeSelection.DEFAULT).body();
    return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(stored.toString()).build();
  }

  private Response patched(String type, String id, String body) {
    ObjectNode patch = object(body);
    requireWritable(type, id);
    service.patch(call(), type, id, patch, null, PROVENANCE_ONLY);
    return ok(describe(type, id));
  }

  private Response deleted(String type, String id) {
    requireWritable(type, id);
    service.delete(call(), type, id, null);
    return Response.noContent().build();
  }

  private void requireWritable(String type, String id) {
    JsonNode provenance = service.get(call(), type, id, PROVENANCE_ONLY).body();
    String reason = readOnlyReason(type, ResourceSource.of(provenance));
    if (reason != null) {
      throw new ScimException(409, null, reason);
    }
  }

  /** Why the console may not change a resource, or null when it may. */
  private String readOnlyReason(String type, ResourceSource source) {
    if (source != ResourceSource.EXTERNAL_IMPORT || !sync.isEnabled(tenant)) {
      return null;
    }
    String noun = type.equals(USER) ? "user" : "group";
    return "This " + noun + " was provisioned by your identity provider over SCIM (External"
        + " Import). While SCIM synchronization is enabled it can only be changed there; turn"
        + " SCIM synchronization off to edit it here.";
  }

  private ScimCall call() {
    return new ScimCall(
        new RequestContext(tenant, ResourceSource.ADMIN_PRINCIPAL, "Scimitar console"),
        scimBaseUrl);
  }

  private int pageSize(Integer count) {
    int max = service.config().maxPageSize();
    return count == null ? max : Math.max(1, Math.min(max, count));
  }

  private static String displayName(JsonNode user) {
    String displayName = user.path("displayName").asText("");
    if (!displayName.isBlank()) {
      return displayName;
    }
    String formatted = user.path("name").path("formatted").asText("");
    if (!formatted.isBlank()) {
      return formatted;
    }
    return (user.path("name").path("givenName").asText("") + " "
        + user.path("name").path("familyName").asText("")).strip();
  }

  private static String primaryEmail(JsonNode user) {
    String first = null;
    for (JsonNode email : user.path("emails")) {
      if (email.path("primary").asBoolean(false)) {
        return email.path("value").asText();
      }
      first = first == null ? email.path("value").asText() : first;
    }
    return first == null ? "" : first;
  }

  private static ObjectNode object(String body) {
    try {
      JsonNode tree = JSON.readTree(body == null ? "" : body);
      if (tree instanceof ObjectNode object) {
        return object;
      }
    } catch (JsonProcessingException e) {
      throw ScimException.invalidSyntax("the body is not JSON: " + e.getOriginalMessage());
    }
    throw ScimException.invalidSyntax("the body must be a JSON object");
  }

  private static Response answer(Supplier<Response> work) {
    try {
      return work.get();
    } catch (ScimException e) {
      ObjectNode body = JSON.createObjectNode();
      body.put("error", e.detail());
      e.scimType().ifPresent(type -> body.put("scimType", type.keyword()));
      return Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(body.toString()).build();
    }
  }

  private static Response ok(JsonNode body) {
    return Response.ok(body.toString(), MediaType.APPLICATION_JSON_TYPE).build();
  }
}
