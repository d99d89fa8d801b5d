/**
 * The protocol service: {@link io.scimitar.core.service.ScimService} answers SCIM requests as
 * plain Java calls (create, get, replace, patch, delete, search, discovery), doing validation,
 * PATCH, version checks, metadata and projection, and calling the stores of the storage SPI.
 * Bindings such as the JAX-RS module only translate HTTP to these calls.
 */
package io.scimitar.core.service;
