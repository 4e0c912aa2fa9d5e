package dev.stoker.test;

import dev.stoker.job.ExpectedJob;
import dev.stoker.testing.StoredJob;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Typed assertions on the jobs a test enqueued and that have not run yet (ENQUEUED, SCHEDULED or
 * AWAITING), in the Stoker of the test running on this thread. The expectations come from the
 * generated classes, so a wrong argument is a compile error:
 *
 * <pre>{@code
 * assertEnqueued(WelcomeEmailJobs.with(42L));
 * assertEnqueued(2, NewsletterJobs.withAnyArguments().inBatch(batch));
 * assertNotEnqueued(WelcomeEmailJobs.with(43L));
 * assertEnqueued(MarkInCrmJobs.with(42L).after(syncJob));
 * }</pre>
 */
public final class StokerAssertions {

  private StokerAssertions() {}

  /** Asserts that at least one job waiting to run matches; returns the first one that does. */
  public static StoredJob assertEnqueued(ExpectedJob expected) {
    List<StoredJob> matching = TestStoker.current().enqueued(expected);
    if (matching.isEmpty()) {
      throw failure("Expected a job enqueued: " + expected + ", but none is.");
    }
    return matching.getFirst();
  }

  /** Asserts that exactly {@code times} jobs waiting to run match; returns them, oldest first. */
  public static List<StoredJob> assertEnqueued(int times, ExpectedJob expected) {
    List<StoredJob> matching = TestStoker.current().enqueued(expected);
    if (matching.size() != times) {
      throw failure(
          "Expected "
              + times
              + (times == 1 ? " job" : " jobs")
              + " enqueued: "
              + expected
              + ", but "
              + matching.size()
              + (matching.size() == 1 ? " is." : " are."));
    }
    return matching;
  }

  /** Asserts that no job waiting to run matches. */
  public static void assertNotEnqueued(ExpectedJob expected) {
    List<StoredJob> matching = TestStoker.current().enqueued(expected);
    if (!matching.isEmpty()) {
      throw failure("Expected no job enqueued: " + expected + ", but " + matching.size() + " are.");
    }
  }

  /** Asserts that no job at all is waiting to run. */
  public static void assertNothingEnqueued() {
    if (!TestStoker.current().enqueued().isEmpty()) {
      throw failure("Expected no job enqueued, but some are.");
    }
  }

  private static AssertionError failure(String message) {
    List<StoredJob> waiting = TestStoker.current().enqueued();
    String jobs =
        waiting.isEmpty()
            ? "No job is waiting to run."
            : waiting.stream()
                .map(JobMatcher::describe)
                .collect(Collectors.joining("\n  ", "The jobs waiting to run:\n  ", ""));
    return new AssertionError(message + "\n" + jobs);
  }
}
