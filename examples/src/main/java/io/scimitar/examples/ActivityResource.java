package io.scimitar.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.event.ChangeEvent;
import io.scimitar.core.event.ChangeEventJson;
import io.scimitar.core.event.EventLog;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The admin's activity log, {@code GET /admin/activity?count=50&before=<sequence>}: the tenant's
 * change events newest first (who changed what, when, through which SCIM key and client), read
 * from the service's event log, with {@code nextBefore} to page back (null on the last page).
 */
@Path("activity")
@Produces(MediaType.APPLICATION_JSON)
public final class ActivityResource {
  /** The page size when none is asked for. */
  static final int DEFAULT_COUNT = 50;
  /** The largest page. */
  static final int MAX_COUNT = 500;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String tenant;
  private final EventLog log;

  ActivityResource(String tenant, EventLog log) {
    this.tenant = tenant;
    this.log = log;
  }

  /** A page of events; 400 when {@code count} or {@code before} is not a positive number. */
  @GET
  public Response activity(@QueryParam("count") String count, @QueryParam("before") String before) {
    long size = count == null ? DEFAULT_COUNT : positive(count);
    long below = before == null ? Long.MAX_VALUE : positive(before);
    if (size < 1 || size > MAX_COUNT) {
      return error("count must be a number from 1 to " + MAX_COUNT);
    }
    if (below < 1) {
      return error("before must be a positive sequence number");
    }
    // One more than the page tells whether an older page exists.
    List<ChangeEvent> events = log.recent(tenant, below, (int) size + 1);
    boolean more = events.size() > size;
    List<ChangeEvent> page = more ? events.subList(0, (int) size) : events;
    ObjectNode body = JSON.createObjectNode();
    ArrayNode list = body.putArray("events");
    page.forEach(event -> list.add(ChangeEventJson.write(event)));
    if (more) {
      body.put("nextBefore", page.get(page.size() - 1).sequence());
    } else {
      body.putNull("nextBefore");
    }
    return Response.ok(body.toString(), MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** The number, or 0 when the text is not a positive decimal number. */
  private static long positive(String text) {
    if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
      return 0;
    }
    return Long.parseLong(text);
  }

  private static Response error(String message) {
    ObjectNode body = JSON.createObjectNode();
    body.put("error", message);
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body.toString()).build();
  }
}
