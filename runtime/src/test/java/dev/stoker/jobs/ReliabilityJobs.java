package dev.stoker.jobs;

import dev.stoker.JobContext;
import dev.stoker.annotation.Job;

/** Jobs that run long, hang, or stop when asked, for the reliability tests. */
public class ReliabilityJobs {

  @Job(name = "test.sleep")
  public void sleep(String token, int millis, JobContext context) throws InterruptedException {
    Executions.record(token, context.id(), context.attempt(), "started");
    Thread.sleep(millis);
  }

  /** Sleeps until interrupted, then returns normally, as a job that finishes its step would. */
  @Job(name = "test.stops-when-asked")
  public void stopsWhenAsked(String token, JobContext context) {
    Executions.record(token, context.id(), context.attempt(), "started");
    try {
      Thread.sleep(60_000);
      Executions.record(token, context.id(), context.attempt(), "slept a minute");
    } catch (InterruptedException e) {
      Executions.record(
          token,
          context.id(),
          context.attempt(),
          context.isCancellationRequested()
              ? "interrupted, cancellation requested"
              : "interrupted");
    }
  }

  /** Waits until the test opens the gate of its attempt; its first attempt then fails. */
  @Job(name = "test.gated", retries = 0)
  public void gated(String token, JobContext context) {
    Executions.record(token, context.id(), context.attempt(), "started");
    Gates.awaitIgnoringInterrupts(token + "/" + context.attempt());
    Executions.record(token, context.id(), context.attempt(), "ended");
    if (context.attempt() == 1) {
      throw new IllegalStateException("attempt 1 ends late, and fails");
    }
  }

  /** Sleeps far past its timeout, until interrupted. */
  @Job(name = "test.times-out", retries = 1, timeout = "PT0.3S")
  public void timesOut(String token, JobContext context) throws InterruptedException {
    Executions.record(token, context.id(), context.attempt(), "started");
    Thread.sleep(60_000);
  }

  /** Hangs past its timeout and does not stop when asked, until the test opens its gate. */
  @Job(name = "test.ignores-timeout", retries = 0, timeout = "PT0.3S")
  public void ignoresTimeout(String token, JobContext context) {
    Executions.record(token, context.id(), context.attempt(), "started");
    Gates.awaitIgnoringInterrupts(token);
    Executions.record(token, context.id(), context.attempt(), "ended");
  }
}
