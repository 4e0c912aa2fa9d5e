package dev.stoker.jobs;

import dev.stoker.JobContext;
import dev.stoker.annotation.Job;
import dev.stoker.testing.TestClock;
import java.time.Duration;

/**
 * A job whose every attempt takes a known time on the test's clock, which it moves itself, so that
 * the history's times can be checked to the instant; its first two attempts fail.
 */
public class TimedRetries {

  private final TestClock clock;
  private final Duration eachAttempt;

  public TimedRetries(TestClock clock, Duration eachAttempt) {
    this.clock = clock;
    this.eachAttempt = eachAttempt;
  }

  @Job(name = "test.timed-retries", retries = 2)
  public void failsTwice(String token, JobContext context) {
    clock.advance(eachAttempt);
    Executions.record(token, context.id(), context.attempt(), null);
    if (context.attempt() <= 2) {
      throw new IllegalStateException("attempt " + context.attempt() + " of " + token + " fails");
    }
  }
}
