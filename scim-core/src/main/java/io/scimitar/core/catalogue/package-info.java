/**
 * Read-only resource types served from a host's own catalogue: the entitlements, roles or
 * licences users can be granted (Okta Identity Governance discovers them as resource types with
 * the schemas {@code urn:okta:scim:schemas:core:1.0:Entitlement} and
 * {@code urn:okta:scim:schemas:core:1.0:Role}).
 *
 * <p>A host implements {@link io.scimitar.core.catalogue.Catalogue} (list and get its items),
 * registers a {@link io.scimitar.core.catalogue.CatalogueType} in its schema registry and serves
 * the catalogue through a {@link io.scimitar.core.catalogue.CatalogueStorage}. The service then
 * answers discovery, lists (filter, sort, index and cursor paging), gets and projects the items
 * like any other resource, refuses writes to them (405), and accepts a value in the referencing
 * user attribute ({@code entitlements}, {@code roles}) only when the catalogue holds it.
 */
package io.scimitar.core.catalogue;
