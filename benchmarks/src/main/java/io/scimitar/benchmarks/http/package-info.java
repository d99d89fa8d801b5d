/**
 * The HTTP load harness: one server JVM that serves Scimitar's SCIM endpoints and, beside them,
 * bare Jersey resources answering the same bytes, for {@code benchmarks/http.sh} and the
 * {@code wrk} scripts in {@code benchmarks/wrk}.
 */
package io.scimitar.benchmarks.http;
