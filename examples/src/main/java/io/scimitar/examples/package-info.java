/**
 * A standalone Scimitar server ({@link io.scimitar.examples.ExampleServer}): SCIM 2.0 at
 * {@code /scim/v2} on the memory store, SCIM key lifecycle and the SCIM sync switch through an
 * admin API at {@code /admin}.
 */
package io.scimitar.examples;
