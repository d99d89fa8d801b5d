package io.scimitar.core.spi;

import java.util.Objects;

/**
 * A group that directly contains a member: one entry of the read-only {@code User.groups}.
 *
 * @param id the group's id
 * @param display the group's displayName, or null
 */
public record GroupRef(String id, String display) {
  public GroupRef {
    Objects.requireNonNull(id, "id");
  }
}
