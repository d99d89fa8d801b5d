/**
 * Scimitar core: the SCIM 2.0 protocol (RFC 7643 / RFC 7644) as plain Java, with no HTTP
 * and no storage in it.
 *
 * <p>Sub-packages follow the flow of a request: {@code error} (the one exception type),
 * {@code schema} (attribute characteristics, schemas, resource types, the registry),
 * {@code json} (bounded parsing), {@code resource} (the resource representation and typed
 * views), {@code path} and {@code filter} (the attribute-path model and filter language),
 * {@code patch}, {@code spi} (the storage SPI) and {@code service} (the protocol service).
 */
package io.scimitar.core;
