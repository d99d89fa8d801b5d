package io.scimitar.core.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.json.JsonContent;
import io.scimitar.core.projection.Projection;
import io.scimitar.core.resource.Meta;
import io.scimitar.core.resource.ScimResource;
import java.util.Map;
import java.util.Objects;

/**
 * A single resource as the service answers it: the body the projection shows, and the metadata a
 * binding needs for headers ({@code ETag} from the version, {@code Location}).
 *
 * <p>The body is projected when asked for, not before: {@link #body()} builds a copy the caller
 * owns, and {@link #content()} writes the same JSON straight from the stored tree, which is what
 * a binding sends (no projected tree per GET only to serialize it and throw it away).
 */
public final class ResourceResponse {
  private final ScimResource stored;
  private final Map<String, JsonNode> servedMembers;
  private final Projection projection;
  private final Meta meta;

  private ResourceResponse(ScimResource stored, Map<String, JsonNode> servedMembers,
      Projection projection, Meta meta) {
    this.stored = stored;
    this.servedMembers = servedMembers;
    this.projection = projection;
    this.meta = Objects.requireNonNull(meta, "meta");
  }

  /**
   * An answer with a body.
   *
   * @param stored the resource as stored
   * @param servedMembers what the service shows in place of stored members (see
   *     {@link Projection#apply(ObjectNode, Map)}); never changed
   * @param projection what the request shows
   */
  static ResourceResponse withBody(ScimResource stored, Map<String, JsonNode> servedMembers,
      Projection projection, Meta meta) {
    return new ResourceResponse(Objects.requireNonNull(stored, "stored"),
        Objects.requireNonNull(servedMembers, "servedMembers"),
        Objects.requireNonNull(projection, "projection"), meta);
  }

  /** An answer without a body: HTTP 204 No Content. */
  static ResourceResponse withoutBody(Meta meta) {
    return new ResourceResponse(null, null, null, meta);
  }

  /** Whether there is a body to send; false means 204 No Content. */
  public boolean hasBody() {
    return stored != null;
  }

  /** The resource JSON to send, as a new tree the caller may change; null without a body. */
  public ObjectNode body() {
    return stored == null ? null : projection.apply(stored.view(), servedMembers);
  }

  /**
   * The resource JSON to send, as content written straight from the stored resource: the same
   * JSON as {@link #body()}, byte for byte. Null without a body.
   */
  public JsonContent content() {
    return stored == null ? null : projection.content(stored, servedMembers);
  }

  /** The resource's metadata, with its location. */
  public Meta meta() {
    return meta;
  }
}
