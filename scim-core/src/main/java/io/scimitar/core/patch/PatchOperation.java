package io.scimitar.core.patch;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.core.path.PatchPath;
import java.util.Objects;

/**
 * One operation of a PATCH request (RFC 7644 §3.5.2).
 *
 * @param op what to do
 * @param path where, or null for the resource itself ({@code add} and {@code replace} only)
 * @param value the value as sent: null when the request had no {@code value} member (allowed for
 *     {@code remove} only), a JSON {@code null} node when it sent {@code "value": null}
 */
public record PatchOperation(PatchOp op, PatchPath path, JsonNode value) {

  public PatchOperation {
    Objects.requireNonNull(op, "op");
  }
}
