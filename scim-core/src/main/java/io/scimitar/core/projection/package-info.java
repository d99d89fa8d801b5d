/**
 * Projection of resources for responses: the {@code attributes} and {@code excludedAttributes}
 * parameters combined with the {@code returned} characteristic. {@link
 * io.scimitar.core.projection.Projection} is the entry point.
 */
package io.scimitar.core.projection;
