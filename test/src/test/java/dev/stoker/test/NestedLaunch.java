package dev.stoker.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Runs test classes in a JUnit launch of their own, as a build would, and checks they passed. */
final class NestedLaunch {

  private NestedLaunch() {}

  static void passes(int tests, LauncherDiscoveryRequest request) {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(request, listener);
    TestExecutionSummary summary = listener.getSummary();
    StringWriter failures = new StringWriter();
    summary.printFailuresTo(new PrintWriter(failures), 20);
    assertThat(summary.getTotalFailureCount()).as(failures.toString()).isZero();
    assertThat(summary.getTestsSucceededCount()).isEqualTo(tests);
  }
}
