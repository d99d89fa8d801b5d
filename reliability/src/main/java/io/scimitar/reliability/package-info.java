/**
 * The fault harness's workload: an Okta-like provisioning client with concurrent workers that
 * records every write the server acknowledged ({@link io.scimitar.reliability.Ledger}), every
 * answer it got ({@link io.scimitar.reliability.Tally}), and after the run checks the server
 * against the ledger ({@link io.scimitar.reliability.Checks}). {@code reliability/run.sh} starts
 * the topologies and injects the faults around it.
 */
package io.scimitar.reliability;
