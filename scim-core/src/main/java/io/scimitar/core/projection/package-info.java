/**
 * Projection of resources for responses: the {@code attributes} and {@code excludedAttributes}
 * parameters combined with the {@code returned} characteristic. {@link
 * io.scimitar.core.projection.Projection} is the entry point: it reads the parameters and decides,
 * once per member name, what is shown of that member (a {@code Shown} rule, kept in
 * {@code MemberRules}). {@code ResourceMembers} applies the rules to a resource's top level, as a
 * copy, as JSON written straight into a response, or as encoded members ({@code EncodedMembers})
 * kept with a resource that is read again.
 */
package io.scimitar.core.projection;
