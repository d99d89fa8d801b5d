package io.scimitar.store.tck.selftest;

import java.util.Set;

/**
 * What one run of a TCK suite reported.
 *
 * @param succeeded how many tests passed
 * @param skipped how many were skipped or aborted (e.g. by capability assumptions)
 * @param failedTests the names of the test methods that failed
 * @param failureMessages every failure on one line (abbreviated), for assertion messages
 */
record TckReport(int succeeded, int skipped, Set<String> failedTests, String failureMessages) {
  TckReport {
    failedTests = Set.copyOf(failedTests);
  }
}
