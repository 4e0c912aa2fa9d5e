package dev.stoker.server;

import dev.stoker.RetryBackoff;
import dev.stoker.job.JobHandler;
import dev.stoker.monitoring.ExceptionInfo;
import dev.stoker.storage.ClaimedJob;
import dev.stoker.storage.JobStore;
import dev.stoker.storage.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one claimed job through its handler and records the outcome. */
final class JobRunner {

  private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

  private final HandlerRegistry handlers;
  private final Activator activator;
  private final JobStore store;
  private final RetryBackoff backoff;
  private final Clock clock;
  private final String serverId;

  JobRunner(
      HandlerRegistry handlers,
      Activator activator,
      JobStore store,
      RetryBackoff backoff,
      Clock clock,
      String serverId) {
    this.handlers = handlers;
    this.activator = activator;
    this.store = store;
    this.backoff = backoff;
    this.clock = clock;
    this.serverId = serverId;
  }

  /**
   * Runs the job and records how it ended. {@code handBackIfCancelled} says whether a job stopped
   * by cancellation goes back on its queue (the server is shutting down) or counts as a failure.
   */
  void run(RunningJob running, boolean handBackIfCancelled) {
    ClaimedJob job = running.job();
    log.debug("Job {} {} started, attempt {}", job.name(), job.id(), job.attempt());
    long started = System.nanoTime();
    Outcome outcome;
    try {
      Optional<JobHandler> handler = handlers.find(job.name());
      if (handler.isEmpty()) {
        throw new IllegalStateException(
            "No handler for job '" + job.name() + "' on server " + serverId);
      }
      handler.get().run(new Invocation(running, activator));
      outcome =
          new Outcome.Succeeded(
              "Succeeded in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
    } catch (Throwable t) {
      if (t instanceof VirtualMachineError error) {
        throw error;
      }
      outcome =
          running.isCancellationRequested() && handBackIfCancelled
              ? new Outcome.HandedBack("Server " + serverId + " shut down before the job ended")
              : failure(job, t);
    }
    record(job, outcome);
  }

  private Outcome failure(ClaimedJob job, Throwable t) {
    ExceptionInfo exception = ExceptionInfo.of(t);
    int failures = job.failureCount() + 1;
    if (failures <= job.maxRetries()) {
      return new Outcome.Retrying(
          clock.instant().plus(backoff.delayBefore(failures)),
          exception,
          "Retry " + failures + " of " + job.maxRetries() + ": " + exception.summary());
    }
    String tries = failures == 1 ? "1 attempt" : failures + " attempts";
    return new Outcome.Failed(exception, "Failed after " + tries + ": " + exception.summary());
  }

  /** Records the outcome under the attempt's fence. */
  void record(ClaimedJob job, Outcome outcome) {
    boolean recorded = store.complete(job, outcome, serverId, clock.instant());
    if (!recorded) {
      log.info(
          "Job {} {} ended ({}), but attempt {} is no longer current: outcome not recorded",
          job.name(),
          job.id(),
          outcome.state(),
          job.attempt());
    } else if (outcome instanceof Outcome.Failed) {
      log.error("Job {} {}: {}", job.name(), job.id(), outcome.reason());
    } else if (outcome instanceof Outcome.Retrying) {
      log.warn("Job {} {}: {}", job.name(), job.id(), outcome.reason());
    } else {
      log.debug("Job {} {}: {}", job.name(), job.id(), outcome.reason());
    }
  }
}
