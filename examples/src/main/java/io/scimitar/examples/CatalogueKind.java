package io.scimitar.examples;

import io.scimitar.core.catalogue.CatalogueType;

/**
 * The two catalogues of the Identity Center: its permission sets, which Okta Identity Governance
 * sees as Entitlements, and its roles, which it sees as Roles. Each has its admin path and the
 * user attribute that holds its grants.
 */
enum CatalogueKind {
  /** Permission sets: {@code /admin/permission-sets}, SCIM {@code /Entitlements}. */
  PERMISSION_SET("permission-sets", "permissionSets", "PermissionSet"),
  /** Roles: {@code /admin/roles}, SCIM {@code /Roles}. */
  ROLE("roles", "roles", null);

  private static final CatalogueType ENTITLEMENTS = CatalogueType.oktaEntitlements();
  private static final CatalogueType ROLES = CatalogueType.oktaRoles();

  private final String path;
  private final String listName;
  private final String itemType;

  CatalogueKind(String path, String listName, String itemType) {
    this.path = path;
    this.listName = listName;
    this.itemType = itemType;
  }

  /** The admin API path segment, e.g. {@code permission-sets}. */
  String path() {
    return path;
  }

  /** The name of the list in admin answers, e.g. {@code permissionSets}. */
  String listName() {
    return listName;
  }

  /** The {@code type} its items carry, or null. */
  String itemType() {
    return itemType;
  }

  /** The SCIM resource type it is served as. */
  CatalogueType type() {
    return switch (this) {
      case PERMISSION_SET -> ENTITLEMENTS;
      case ROLE -> ROLES;
    };
  }
}
