/**
 * PATCH (RFC 7644 §3.5.2): {@link io.scimitar.core.patch.PatchRequestReader} reads a request
 * body into a {@link io.scimitar.core.patch.PatchRequest}, and
 * {@link io.scimitar.core.patch.PatchEngine} applies it to a canonical resource tree, all
 * operations or none, producing a {@link io.scimitar.core.patch.PatchResult}.
 *
 * <p>The engine follows RFC 7644 §3.5.2.1–3 and tolerates what real clients send, without ever
 * dropping data silently (what cannot be applied is an error):
 *
 * <ul>
 *   <li>operation names and attribute names in any case; boolean values sent as strings
 *       ({@code "False"}, Entra ID) are coerced by the validator;
 *   <li>without a path, the keys of the value object may be paths ({@code name.givenName},
 *       {@code urn:...:enterprise:2.0:User:employeeNumber},
 *       {@code emails[type eq "work"].value}) or schema URNs holding that schema's attributes;
 *   <li>restating a readOnly attribute's current value is no change (Okta sends the group's own
 *       {@code id} with every rename); changing it is 400 {@code mutability};
 *   <li>{@code null} and {@code ""} clear the target (Entra ID's null-update test);
 *   <li>a bare string stands for {@code {"value": ...}} where a complex value with a
 *       {@code value} sub-attribute is expected (Entra ID's manager), a one-element array for
 *       its element where one complex value is expected, a single value for a one-element array
 *       where a multi-valued attribute is expected;
 *   <li>{@code add} through a filter such as {@code emails[type eq "work"].value} creates the
 *       element the filter describes when none matches (Entra ID), so repeated adds to
 *       sub-attributes of {@code addresses[type eq "work"]} build one address;
 *   <li>{@code remove} with a value removes only the values named (Entra ID's member removal);
 *       removing a member who is not one succeeds (idempotent membership changes).
 * </ul>
 *
 * <p>Group membership changes come out as {@link io.scimitar.core.patch.MembershipChange}s when
 * the group is patched without its members loaded, so that a store changes members one by one.
 */
package io.scimitar.core.patch;
