package io.scimitar.core.auth;

import java.util.Objects;

/**
 * The resource {@code /Me} stands for.
 *
 * @param resourceType the resource type name, e.g. {@code User}
 * @param id the resource id
 */
public record MeTarget(String resourceType, String id) {
  public MeTarget {
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(id, "id");
  }
}
