package io.scimitar.core.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.json.ScimDateTime;
import java.time.Instant;
import java.util.Objects;

/**
 * Resource metadata (RFC 7643 §3.1). The version is the opaque string an ETag is made of.
 *
 * @param resourceType the resource type name, e.g. {@code User}
 * @param created when the resource was created
 * @param lastModified when it last changed
 * @param location its URL, or null until a binding knows the base URL
 * @param version its version, without ETag quotes or weakness prefix
 */
public record Meta(
    String resourceType, Instant created, Instant lastModified, String location, String version) {

  public Meta {
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(lastModified, "lastModified");
    Objects.requireNonNull(version, "version");
  }

  /** This metadata with another location. */
  public Meta withLocation(String newLocation) {
    return new Meta(resourceType, created, lastModified, newLocation, version);
  }

  /** The weak ETag for this version, e.g. {@code W/"3"}. */
  public String etag() {
    return "W/\"" + version + "\"";
  }

  /** The JSON form, as a {@code meta} attribute. */
  public ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("resourceType", resourceType);
    node.put("created", ScimDateTime.format(created));
    node.put("lastModified", ScimDateTime.format(lastModified));
    if (location != null) {
      node.put("location", location);
    }
    node.put("version", etag());
    return node;
  }

  /**
   * Reads a {@code meta} attribute written by {@link #toJson()}; null when it is absent or
   * incomplete (input from clients never carries authoritative metadata).
   */
  public static Meta fromJson(JsonNode node) {
    if (node == null || !node.isObject()) {
      return null;
    }
    String type = node.path("resourceType").asText(null);
    String version = node.path("version").asText(null);
    var created = ScimDateTime.tryParse(node.path("created").asText(""));
    var modified = ScimDateTime.tryParse(node.path("lastModified").asText(""));
    if (type == null || version == null || created.isEmpty() || modified.isEmpty()) {
      return null;
    }
    return new Meta(type, created.get(), modified.get(), node.path("location").asText(null),
        stripEtag(version));
  }

  /** Strips {@code W/} and quotes from an ETag, leaving the version. */
  public static String stripEtag(String etag) {
    String value = etag.trim();
    if (value.startsWith("W/") || value.startsWith("w/")) {
      value = value.substring(2);
    }
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      value = value.substring(1, value.length() - 1);
    }
    return value;
  }
}
