package io.scimitar.store.tck.selftest;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Set;
import java.util.TreeSet;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs one TCK suite class through the JUnit Platform launcher, as a build would. */
final class TckRun {
  private TckRun() {}

  /** Runs every test of a concrete suite class and reports the outcome. */
  static TckReport of(Class<?> suite) {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(suite))
        .build();
    Outcomes outcomes = new Outcomes();
    LauncherFactory.create().execute(request, outcomes);
    return new TckReport(outcomes.succeeded, outcomes.skipped, outcomes.failedTests,
        outcomes.messages.toString());
  }

  /** Counts the outcomes of tests (not of containers). */
  private static final class Outcomes implements TestExecutionListener {
    private static final int MESSAGE_LENGTH = 2_000;

    private final Set<String> failedTests = new TreeSet<>();
    private final StringBuilder messages = new StringBuilder();
    private int succeeded;
    private int skipped;

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
      skipped++;
    }

    @Override
    public synchronized void executionFinished(TestIdentifier test, TestExecutionResult result) {
      if (!test.isTest()) {
        if (result.getStatus() == TestExecutionResult.Status.FAILED) {
          // A failure outside any test (e.g. in @BeforeAll) fails the whole class.
          record(test.getDisplayName(), result);
        }
        return;
      }
      switch (result.getStatus()) {
        case SUCCESSFUL -> succeeded++;
        case ABORTED -> skipped++;
        case FAILED -> record(methodName(test), result);
      }
    }

    private void record(String name, TestExecutionResult result) {
      failedTests.add(name);
      String message = result.getThrowable().map(String::valueOf).orElse("");
      String oneLine = message.replaceAll("\\s+", " ").strip();
      messages.append(name).append(": ")
          .append(oneLine, 0, Math.min(oneLine.length(), MESSAGE_LENGTH)).append('\n');
    }

    private static String methodName(TestIdentifier test) {
      return test.getSource()
          .filter(MethodSource.class::isInstance)
          .map(source -> ((MethodSource) source).getMethodName())
          .orElse(test.getDisplayName());
    }
  }
}
