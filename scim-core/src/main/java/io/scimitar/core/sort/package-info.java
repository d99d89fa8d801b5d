/**
 * Sorting (RFC 7644 §3.4.2.3): the requested {@link io.scimitar.core.sort.SortSpec} and the
 * in-memory {@link io.scimitar.core.sort.ResourceSorter} that defines the order every store must
 * reproduce.
 */
package io.scimitar.core.sort;
