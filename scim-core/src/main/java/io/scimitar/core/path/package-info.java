/**
 * The one attribute-path model shared by filters, PATCH paths, {@code attributes} /
 * {@code excludedAttributes} and {@code sortBy}: {@link io.scimitar.core.path.AttributePath} as
 * written, {@link io.scimitar.core.path.ResolvedPath} resolved against a resource type,
 * {@link io.scimitar.core.path.PatchPath} for PATCH, and
 * {@link io.scimitar.core.path.PathValues} to read the values a path points at.
 */
package io.scimitar.core.path;
