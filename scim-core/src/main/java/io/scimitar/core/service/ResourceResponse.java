package io.scimitar.core.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.resource.Meta;
import java.util.Objects;

/**
 * A single resource as the service answers it: the projected body, and the metadata a binding
 * needs for headers ({@code ETag} from the version, {@code Location}).
 *
 * @param body the resource JSON to send, or null when the answer has no content (HTTP 204)
 * @param meta the resource's metadata, with its location
 */
public record ResourceResponse(ObjectNode body, Meta meta) {
  public ResourceResponse {
    Objects.requireNonNull(meta, "meta");
  }

  /** Whether there is a body to send; false means 204 No Content. */
  public boolean hasBody() {
    return body != null;
  }
}
