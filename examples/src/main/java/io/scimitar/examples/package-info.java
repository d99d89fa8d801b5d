/**
 * A standalone Scimitar server ({@link io.scimitar.examples.ExampleServer}): SCIM 2.0 at
 * {@code /scim/v2} on the JDBC store (an H2 file by default) or in memory, with the SCIM key
 * lifecycle and the SCIM sync switch kept in the same store and managed through an admin API at
 * {@code /admin}.
 */
package io.scimitar.examples;
