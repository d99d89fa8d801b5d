/**
 * A thread-safe, indexed, multi-tenant in-memory implementation of the storage SPI
 * ({@link io.scimitar.core.spi.Storage}), for tests, demos and small deployments. Start with
 * {@link io.scimitar.store.memory.MemoryStorage}.
 */
package io.scimitar.store.memory;
