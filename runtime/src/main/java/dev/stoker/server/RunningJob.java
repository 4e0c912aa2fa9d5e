package dev.stoker.server;

import dev.stoker.JobContext;
import dev.stoker.JobId;
import dev.stoker.storage.ClaimedJob;

/** A claimed job while it runs: its context, and the means to ask it to stop. */
final class RunningJob implements JobContext {

  private final ClaimedJob job;
  private volatile boolean cancellationRequested;
  private volatile Thread thread;

  RunningJob(ClaimedJob job) {
    this.job = job;
  }

  ClaimedJob job() {
    return job;
  }

  void runsOn(Thread thread) {
    this.thread = thread;
  }

  /** Sets the cancellation flag the job can read, and interrupts its thread. */
  void cancel() {
    cancellationRequested = true;
    Thread running = thread;
    if (running != null) {
      running.interrupt();
    }
  }

  @Override
  public JobId id() {
    return job.id();
  }

  @Override
  public String jobName() {
    return job.name();
  }

  @Override
  public int attempt() {
    return job.attempt();
  }

  @Override
  public boolean isCancellationRequested() {
    return cancellationRequested;
  }
}
