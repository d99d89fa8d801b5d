package io.scimitar.store.memory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.resource.ScimResource;
import java.util.Objects;

/**
 * One stored resource: its immutable tree, without members for group-like types, and the
 * version its metadata carries (cached, as every write compares it).
 *
 * @param id the resource id
 * @param resource the stored resource
 * @param version the stored version
 */
record Row(String id, ScimResource resource, String version) {
  Row {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(version, "version");
  }

  /**
   * A row for a resource the service prepared: it must carry an id and {@code meta.version}.
   *
   * @throws IllegalArgumentException when either is missing, which is a service bug
   */
  static Row of(ScimResource resource) {
    String id = resource.id()
        .orElseThrow(() -> new IllegalArgumentException("resource has no id: " + resource));
    String version = resource.meta()
        .orElseThrow(() -> new IllegalArgumentException("resource has no meta: " + resource))
        .version();
    return new Row(id, resource, version);
  }

  /** The stored tree; never to be changed. */
  ObjectNode tree() {
    return resource.view();
  }
}
