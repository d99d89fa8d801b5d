package io.scimitar.core.spi;

import io.scimitar.core.patch.MembershipChange;
import io.scimitar.core.resource.ScimResource;
import java.util.List;
import java.util.Objects;

/**
 * A write to an existing resource, applied only if the stored version is still
 * {@code expectedVersion}.
 *
 * <p>When {@code membersIncluded} is true the resource is complete and replaces the stored one,
 * members and all. When false, the resource was read without its members: the store keeps the
 * stored members, applies {@code memberChanges} to them one member at a time, and stores every
 * other attribute as given.
 *
 * @param resource the new state, with the new version and metadata already set
 * @param expectedVersion the version the change was computed from
 * @param membersIncluded whether {@code resource} carries the complete member list
 * @param memberChanges member-level changes (only when {@code membersIncluded} is false)
 */
public record ResourceUpdate(
    ScimResource resource,
    String expectedVersion,
    boolean membersIncluded,
    List<MembershipChange> memberChanges) {

  public ResourceUpdate {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
    memberChanges = List.copyOf(memberChanges);
    if (membersIncluded && !memberChanges.isEmpty()) {
      throw new IllegalArgumentException("member changes apply only when members are not included");
    }
    if (resource.id().isEmpty()) {
      throw new IllegalArgumentException("resource has no id");
    }
  }

  /** A full replacement of a resource. */
  public static ResourceUpdate replace(ScimResource resource, String expectedVersion) {
    return new ResourceUpdate(resource, expectedVersion, true, List.of());
  }

  /** The id of the resource being written. */
  public String id() {
    return resource.id().orElseThrow();
  }
}
