/**
 * Resources as the library holds them ({@link io.scimitar.core.resource.ScimResource}, canonical
 * JSON trees with {@link io.scimitar.core.resource.Meta}) and lossless typed views of Users and
 * Groups ({@link io.scimitar.core.resource.User}, {@link io.scimitar.core.resource.Group}) for
 * store implementers.
 */
package io.scimitar.core.resource;
