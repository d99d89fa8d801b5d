/**
 * The one place where the tolerances of real clients are switched: {@link
 * io.scimitar.core.compat.ClientTolerances}.
 */
package io.scimitar.core.compat;
