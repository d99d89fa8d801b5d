package io.scimitar.core.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ChangeEvent} as a JSON object with one member per record component, named as the
 * components are ({@code eventId}, {@code sequence}, {@code tenantId}, ..., {@code time} as an
 * RFC 3339 UTC timestamp). Event logs store events in this form and activity views serve it.
 */
public final class ChangeEventJson {
  private ChangeEventJson() {}

  /** The event as JSON; {@code sequence} is left out while it is 0 (not yet stored). */
  public static ObjectNode write(ChangeEvent event) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("eventId", event.eventId());
    if (event.isStored()) {
      json.put("sequence", event.sequence());
    }
    json.put("tenantId", event.tenantId());
    json.put("resourceType", event.resourceType());
    json.put("resourceId", event.resourceId());
    json.put("version", event.version());
    json.put("kind", event.kind().name());
    json.put("actor", event.actor());
    json.put("userAgent", event.userAgent());
    json.put("provisioningDomain", event.provisioningDomain());
    json.put("time", event.time().toString());
    strings(json.putArray("changedAttributes"), event.changedAttributes());
    strings(json.putArray("membersAdded"), event.membersAdded());
    strings(json.putArray("membersRemoved"), event.membersRemoved());
    return json;
  }

  /**
   * The event a JSON object written by {@link #write} describes, at {@code sequence} (which wins
   * over one in the object, as the log's own numbering).
   *
   * @throws IllegalArgumentException when the object is not such an event
   */
  public static ChangeEvent read(JsonNode json, long sequence) {
    try {
      return new ChangeEvent(text(json, "eventId"), sequence, text(json, "tenantId"),
          text(json, "resourceType"), text(json, "resourceId"), text(json, "version"),
          ChangeKind.valueOf(text(json, "kind")), text(json, "actor"), text(json, "userAgent"),
          text(json, "provisioningDomain"), Instant.parse(text(json, "time")),
          list(json, "changedAttributes"), list(json, "membersAdded"),
          list(json, "membersRemoved"));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a change event: " + e.getMessage(), e);
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static String text(JsonNode json, String name) {
    JsonNode value = json.get(name);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("not a change event: '" + name + "' is not a string");
    }
    return value.asText();
  }

  private static List<String> list(JsonNode json, String name) {
    List<String> values = new ArrayList<>();
    JsonNode array = json.get(name);
    if (array != null) {
      array.forEach(value -> values.add(value.asText()));
    }
    return values;
  }
}
