package dev.stoker.jobs;

import dev.stoker.JobContext;
import dev.stoker.annotation.Job;

/** Jobs the behavioural tests enqueue; each records its runs under the token it is given. */
public class TestJobs {

  @Job(name = "test.record")
  public void record(String token, JobContext context) {
    Executions.record(token, context.id(), context.attempt(), null);
  }

  @Job(name = "test.always-fails", retries = 3)
  public void alwaysFails(String token, JobContext context) {
    Executions.record(token, context.id(), context.attempt(), null);
    throw new IllegalStateException("SMTP server down for " + token);
  }

  @Job(name = "test.fails-twice", retries = 5)
  public void failsTwice(String token, JobContext context) {
    Executions.record(token, context.id(), context.attempt(), null);
    if (context.attempt() <= 2) {
      throw new IllegalStateException("attempt " + context.attempt() + " fails");
    }
  }

  /** Fails the first time it runs, whatever its attempt number, and succeeds after that. */
  @Job(name = "test.fails-first-run", retries = 3)
  public void failsFirstRun(String token, JobContext context) {
    Executions.record(token, context.id(), context.attempt(), null);
    if (Executions.runsOf(token, context.id()) == 1) {
      throw new IllegalStateException("The first run of " + context.id() + " fails");
    }
  }

  @Job(name = "test.never-retried", retries = 0)
  public void neverRetried(String token, JobContext context) {
    Executions.record(token, context.id(), context.attempt(), null);
    throw new UnsupportedOperationException("no retries for " + token);
  }

  @Job(name = "test.critical", queue = "critical")
  public void critical(String token, JobContext context) {
    Executions.record(token, context.id(), context.attempt(), "critical");
  }

  @Job(name = "test.urgent", priority = 10)
  public void urgent(String token, JobContext context) {
    Executions.record(token, context.id(), context.attempt(), "urgent");
  }

  @Job(name = "test.blocks")
  public void blocksUntilCancelled(String token, JobContext context) throws InterruptedException {
    Executions.record(token, context.id(), context.attempt(), "started");
    while (!context.isCancellationRequested()) {
      Thread.sleep(10);
    }
    context.throwIfCancellationRequested();
  }

  @Job(name = "test.slow")
  public void slow(String token, JobContext context) throws InterruptedException {
    Executions.record(token, context.id(), context.attempt(), "started");
    Thread.sleep(300);
  }

  @Job(name = "test.static")
  public static void staticJob(String token, JobContext context) {
    Executions.record(token, context.id(), context.attempt(), "static");
  }
}
