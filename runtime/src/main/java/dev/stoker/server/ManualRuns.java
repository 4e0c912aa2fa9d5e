package dev.stoker.server;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.monitoring.JobDetails;
import dev.stoker.storage.ClaimedJob;
import dev.stoker.storage.JobStore;
import dev.stoker.storage.ManualRunStore;
import dev.stoker.testing.JobRun;
import dev.stoker.testing.RunOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs chosen jobs on the calling thread, one at a time, for a server that was not started: the
 * next ready job of some queues, or one job by its id. Each run reports how it ended and what the
 * job's code threw.
 */
public final class ManualRuns {

  private static final int DUE_JOBS_PER_ROUND = 1000;

  private final StokerServer server;
  private final JobStore jobs;
  private final ManualRunStore store;
  private final Set<String> handled;
  private final ThrowCapture thrown;
  private final Clock clock;

  /**
   * @param server the server the jobs run on, not started
   * @param jobs where the jobs are
   * @param store what runs on request need besides
   * @param handlers the server's handlers, {@linkplain ThrowCapture#watch watched} by {@code
   *     thrown}
   * @param thrown what the handlers threw
   * @param clock the time jobs are due by
   */
  public ManualRuns(
      StokerServer server,
      JobStore jobs,
      ManualRunStore store,
      HandlerRegistry handlers,
      ThrowCapture thrown,
      Clock clock) {
    this.server = server;
    this.jobs = jobs;
    this.store = store;
    this.handled = Set.copyOf(handlers.names());
    this.thrown = thrown;
    this.clock = clock;
  }

  /**
   * Moves the SCHEDULED jobs whose time has come to their queues, then runs the next ready job of
   * the queues, the first queue first; empty if none is ready.
   */
  public Optional<JobRun> runNext(List<String> queues) {
    server.registerToRunHere("Running the next job");
    Instant now = clock.instant();
    while (jobs.enqueueDueJobs(now, DUE_JOBS_PER_ROUND) == DUE_JOBS_PER_ROUND) {
      // More were due than one round moves: keep going.
    }
    for (String queue : queues) {
      List<ClaimedJob> claimed = jobs.claim(server.id(), queue, handled, 1, now);
      if (!claimed.isEmpty()) {
        return Optional.of(run(claimed.getFirst()));
      }
    }
    return Optional.empty();
  }

  /**
   * Runs the job now, whatever its place in its queue; a SCHEDULED one before its time. Throws if
   * it is in another state, saying why it cannot run.
   */
  public JobRun run(JobId id) {
    server.registerToRunHere("Running a job by its id");
    Instant now = clock.instant();
    store.enqueueNow(id, now);
    return run(store.claim(id, server.id(), now).orElseThrow(() -> notRunnable(id)));
  }

  private JobRun run(ClaimedJob job) {
    thrown.clear();
    server.runHere(job);
    Throwable exception = thrown.take();
    Optional<JobDetails> after = jobs.find(job.id());
    return new JobRun(
        job.id(),
        job.name(),
        job.queue(),
        job.attempt(),
        after.map(details -> outcome(details.state())).orElse(RunOutcome.CANCELLED),
        after.map(details -> details.history().getLast().reason()).orElse("Removed"),
        exception);
  }

  private static RunOutcome outcome(JobState state) {
    return switch (state) {
      case SUCCEEDED -> RunOutcome.SUCCEEDED;
      case FAILED -> RunOutcome.FAILED;
      case DELETED -> RunOutcome.CANCELLED;
      // SCHEDULED after a failure with retries left; ENQUEUED if handed back.
      default -> RunOutcome.RETRIED;
    };
  }

  private RuntimeException notRunnable(JobId id) {
    Optional<JobState> state = jobs.find(id).map(JobDetails::state);
    if (state.isEmpty()) {
      return new IllegalArgumentException("There is no job " + id + " to run");
    }
    String why =
        switch (state.get()) {
          case AWAITING -> "it waits for its parents: run them first";
          case PROCESSING -> "it is running already";
          default -> "it has ended; requeue it to run it again";
        };
    return new IllegalStateException(
        "Job " + id + " cannot run now, as it is " + state.get() + ": " + why);
  }
}
