/**
 * The storage SPI: what a store implements so the protocol service can persist and query
 * resources. Stores receive parsed, typed requests (the resolved filter AST, a sort, a page
 * request, attribute hints and the version a write expects) and never re-implement protocol
 * rules: validation, PATCH, projection and metadata are the service's job.
 *
 * <p>Every call carries a {@link io.scimitar.core.spi.RequestContext} whose tenant scopes it;
 * nothing may cross tenants.
 */
package io.scimitar.core.spi;
