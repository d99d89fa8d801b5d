/**
 * Scale runs of the stores: a million users loaded through the storage SPI, then lookups, pages
 * and member changes timed at the store (and through {@code ScimService}), with PostgreSQL query
 * plans of the statements the store issues. Run with {@code benchmarks/scale.sh}.
 */
package io.scimitar.benchmarks.scale;
