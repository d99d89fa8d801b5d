package io.scimitar.jaxrs;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;

/**
 * The media types SCIM uses: {@code application/scim+json} (RFC 7644 §3.1), the default, and
 * plain {@code application/json}, which clients may send and ask for.
 */
public final class ScimMediaTypes {
  /** {@code application/scim+json}. */
  public static final String SCIM_JSON = "application/scim+json";
  /** {@code application/scim+json} as a {@link MediaType}. */
  public static final MediaType SCIM_JSON_TYPE = new MediaType("application", "scim+json");

  private ScimMediaTypes() {}

  /**
   * The type to answer with, given the client's acceptable types in preference order (as
   * {@link jakarta.ws.rs.core.HttpHeaders#getAcceptableMediaTypes()} gives them): SCIM JSON unless
   * the client prefers plain JSON; empty when the client accepts neither.
   */
  static Optional<MediaType> negotiate(List<MediaType> acceptable) {
    for (MediaType candidate : acceptable) {
      if (candidate.isCompatible(SCIM_JSON_TYPE)) {
        return Optional.of(SCIM_JSON_TYPE);
      }
      if (candidate.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return Optional.of(MediaType.APPLICATION_JSON_TYPE);
      }
    }
    return Optional.empty();
  }
}
