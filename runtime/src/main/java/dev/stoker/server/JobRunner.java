package dev.stoker.server;

import dev.stoker.RetryBackoff;
import dev.stoker.codec.ArgumentException;
import dev.stoker.job.JobHandler;
import dev.stoker.monitoring.ExceptionInfo;
import dev.stoker.observe.AttemptOutcome;
import dev.stoker.observe.Observers;
import dev.stoker.storage.ClaimedJob;
import dev.stoker.storage.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one claimed job through its handler, decides how the attempt ended, and records it. A job
 * that cannot run (arguments that no longer decode, an instance that cannot be had, a timeout) ends
 * with a reason in its history; nothing it does stops the worker.
 */
final class JobRunner {

  private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

  private final HandlerRegistry handlers;
  private final Activator activator;
  private final OutcomeRecorder recorder;
  private final RetryBackoff backoff;
  private final Clock clock;
  private final String serverId;
  private final Observers observers;
  private final ReportWriter reports;

  JobRunner(
      HandlerRegistry handlers,
      Activator activator,
      OutcomeRecorder recorder,
      RetryBackoff backoff,
      Clock clock,
      String serverId,
      Observers observers,
      ReportWriter reports) {
    this.handlers = handlers;
    this.activator = activator;
    this.recorder = recorder;
    this.backoff = backoff;
    this.clock = clock;
    this.serverId = serverId;
    this.observers = observers;
    this.reports = reports;
  }

  /**
   * The attempt as it will run: with its handler, found once, and the timeout that goes with it.
   */
  RunningJob attemptOf(ClaimedJob job) {
    return new RunningJob(job, handlers.find(job.name()).orElse(null), reports);
  }

  /** Runs the job and records how it ended, unless it was given up meanwhile. */
  void run(RunningJob running) {
    JobLogContext.enter(running.job());
    try {
      if (observers.active()) {
        running.observedBy(
            observers.attempt(AttemptViews.of(running.job(), serverId, clock.instant())));
      }
      runInContext(running);
    } finally {
      JobLogContext.leave();
    }
  }

  private void runInContext(RunningJob running) {
    ClaimedJob job = running.job();
    log.debug("Job {} {} started, attempt {}", job.name(), job.id(), job.attempt());
    Optional<Outcome> outcome = attempt(running);
    running.reportEnded();
    if (!running.settle()) {
      log.warn(
          "Job {} {} ended after its server gave it up (timed out, or unfinished at shutdown):"
              + " this late outcome is not recorded",
          job.name(),
          job.id());
      return;
    }
    if (outcome.isPresent()) {
      recorder.record(job, outcome.get());
      running.observed(outcomeOf(outcome.get()), running.thrown());
    } else {
      log.info("Job {} {} stopped: {}", job.name(), job.id(), running.cancellation().reason());
      running.observed(AttemptOutcome.CANCELLED, running.thrown());
    }
  }

  /** Records that a job did not stop after its timeout; its thread is left running. */
  void recordGivenUp(RunningJob running) {
    JobLogContext.enter(running.job());
    try {
      JobTimedOutException timedOut = new JobTimedOutException(running, false, null);
      recorder.record(running.job(), failure(running.job(), timedOut));
      running.observed(AttemptOutcome.TIMED_OUT, timedOut);
    } finally {
      JobLogContext.leave();
    }
  }

  /** How observers see an outcome. */
  private static AttemptOutcome outcomeOf(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Succeeded succeeded -> AttemptOutcome.SUCCEEDED;
      case Outcome.Retrying retrying ->
          timedOut(retrying.exception()) ? AttemptOutcome.TIMED_OUT : AttemptOutcome.RETRIED;
      case Outcome.Failed failed ->
          timedOut(failed.exception()) ? AttemptOutcome.TIMED_OUT : AttemptOutcome.FAILED;
      case Outcome.HandedBack handedBack -> AttemptOutcome.CANCELLED;
    };
  }

  private static boolean timedOut(ExceptionInfo exception) {
    return JobTimedOutException.class.getName().equals(exception.className());
  }

  /** Runs the job's code; empty when the attempt is no longer current and nothing is recorded. */
  private Optional<Outcome> attempt(RunningJob running) {
    ClaimedJob job = running.job();
    JobHandler handler = running.handler();
    if (handler == null) {
      // Claims ask for known names only; this is a server whose jobs changed under it.
      IllegalStateException noHandler =
          new IllegalStateException(
              "Server " + serverId + " has no handler for job '" + job.name() + "'");
      running.threw(noHandler);
      return Optional.of(failure(job, noHandler));
    }
    long started = System.nanoTime();
    Throwable thrown = null;
    running.codeStarts();
    try {
      handler.run(new Invocation(running, activator));
    } catch (Throwable t) {
      // Even an Error: the attempt must end with an outcome, or the job would stay PROCESSING.
      thrown = t;
    } finally {
      running.codeEnded();
    }
    running.threw(thrown);
    if (thrown == null) {
      return Optional.of(
          new Outcome.Succeeded(
              "Succeeded in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms"));
    }
    Cancellation cancellation = running.cancellation();
    if (cancellation == null) {
      return Optional.of(
          thrown instanceof ArgumentException unreadable
              ? unreadableArguments(unreadable)
              : failure(job, thrown));
    }
    return switch (cancellation) {
      case SHUTDOWN ->
          Optional.of(
              new Outcome.HandedBack("Server " + serverId + " shut down before the job ended"));
      case TIMED_OUT -> {
        JobTimedOutException timedOut = new JobTimedOutException(running, true, thrown);
        running.threw(timedOut);
        yield Optional.of(failure(job, timedOut));
      }
      case NOT_CURRENT -> Optional.empty();
    };
  }

  /** A failure: retried with backoff while retries are left, else FAILED. */
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

  /** Arguments that no longer fit the method read the same on every try: no retries. */
  private static Outcome unreadableArguments(ArgumentException e) {
    String problem = e.getMessage().endsWith(".") ? e.getMessage() : e.getMessage() + ".";
    return new Outcome.Failed(
        ExceptionInfo.of(e),
        "Failed without retrying, as its stored arguments cannot be read: "
            + problem
            + " Fix the arguments or the job's code, then requeue it.");
  }
}
