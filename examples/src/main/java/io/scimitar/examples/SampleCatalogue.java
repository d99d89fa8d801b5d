package io.scimitar.examples;

import io.scimitar.core.catalogue.CatalogueItem;
import java.time.Instant;
import java.util.List;

/**
 * What a new tenant's catalogue holds on its first start: permission sets and roles of the kind
 * a cloud identity center offers, so that Okta's entitlement test finds a non-empty page at once.
 */
final class SampleCatalogue {
  private SampleCatalogue() {}

  /**
   * A sample item and the catalogue it belongs to.
   *
   * @param kind the catalogue
   * @param item the item
   */
  record Sample(CatalogueKind kind, CatalogueItem item) {}

  /** The samples, created at {@code now}. */
  static List<Sample> at(Instant now) {
    return List.of(
        permissionSet(now, "ps-administrator", "AdministratorAccess",
            "Full access to every service and resource"),
        permissionSet(now, "ps-power-user", "PowerUserAccess",
            "Full access except the management of users and permissions"),
        permissionSet(now, "ps-read-only", "ReadOnlyAccess",
            "Read access to every service and resource"),
        permissionSet(now, "ps-billing", "Billing", "Access to bills, budgets and payments"),
        role(now, "role-owner", "Owner", "Owns the organisation and its accounts"),
        role(now, "role-administrator", "Administrator", "Manages members and permission sets"),
        role(now, "role-auditor", "Auditor", "Reads audit trails and reports"));
  }

  private static Sample permissionSet(Instant now, String id, String name, String description) {
    return new Sample(CatalogueKind.PERMISSION_SET, new CatalogueItem(
        id, name, CatalogueKind.PERMISSION_SET.itemType(), description, now, now));
  }

  private static Sample role(Instant now, String id, String name, String description) {
    return new Sample(CatalogueKind.ROLE, new CatalogueItem(
        id, name, CatalogueKind.ROLE.itemType(), description, now, now));
  }
}
