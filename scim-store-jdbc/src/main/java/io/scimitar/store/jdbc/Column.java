package io.scimitar.store.jdbc;

import io.scimitar.core.path.ResolvedPath;
import io.scimitar.core.schema.AttributeDefinition;

/** Where the store keeps the values a resolved filter or sort path names. */
sealed interface Column permits Column.Id, Column.Value, Column.Member {

  /** The resource's {@code id}: the key column of {@code scim_resource}. */
  record Id() implements Column {}

  /**
   * Rows of the value index {@code scim_value}.
   *
   * @param attr the top-level attribute's key (its canonical path, URN included for extensions)
   * @param sub the sub-attribute's name, or {@code ""} for the attribute itself
   * @param path the resolved path; its leaf defines type and case rules
   */
  record Value(String attr, String sub, ResolvedPath path) implements Column {
    /** The definition compared: the sub-attribute's, else the attribute's. */
    AttributeDefinition leaf() {
      return path.leaf();
    }
  }

  /**
   * Columns of the membership table {@code scim_member}.
   *
   * @param path the resolved path of {@code members} or one of its sub-attributes
   */
  record Member(ResolvedPath path) implements Column {
    /** The sub-attribute's name, or null for a member as a whole. */
    String sub() {
      return path.subAttribute() == null ? null : path.subAttribute().name();
    }
  }
}
