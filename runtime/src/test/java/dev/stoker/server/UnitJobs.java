package dev.stoker.server;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.RetryBackoff;
import dev.stoker.job.JobDefinition;
import dev.stoker.job.JobHandler;
import dev.stoker.job.JobInvocation;
import dev.stoker.job.Parents;
import dev.stoker.job.Recurrence;
import dev.stoker.monitoring.JobProgress;
import dev.stoker.observe.Observers;
import dev.stoker.storage.NewJob;
import dev.stoker.storage.ProgressReport;
import dev.stoker.storage.ProgressStore;
import dev.stoker.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Jobs and handlers made by hand, for the unit tests of the server's classes. */
final class UnitJobs {

  static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
  static final String SERVER = "server-1";

  private UnitJobs() {}

  static NewJob enqueued(String name, String queue) {
    return new NewJob(
        new JobId(UUID.randomUUID()),
        name,
        queue,
        0,
        JobState.ENQUEUED,
        "{}",
        3,
        NOW,
        NOW,
        "Enqueued",
        null,
        Parents.NONE);
  }

  /** What a job's code does when it runs. */
  @FunctionalInterface
  interface Code {
    void run(JobInvocation invocation) throws Exception;
  }

  /** A handler for the job name, running the code, with a timeout or none. */
  static JobHandler handler(String name, Duration timeout, Code code) {
    JobDefinition definition = new JobDefinition(name, "default", 3, 0, Recurrence.NONE, timeout);
    return new JobHandler() {
      @Override
      public JobDefinition definition() {
        return definition;
      }

      @Override
      public void run(JobInvocation invocation) throws Exception {
        code.run(invocation);
      }
    };
  }

  /** Keeps no progress: the unit tests' jobs report none. */
  private static final ProgressStore NO_PROGRESS =
      new ProgressStore() {
        @Override
        public void save(List<ProgressReport> reports, Instant at) {}

        @Override
        public Optional<JobProgress> find(JobId job) {
          return Optional.empty();
        }
      };

  /** A runner of the handlers, recording through the recorder. */
  static JobRunner runner(OutcomeRecorder recorder, TestClock clock, JobHandler... handlers) {
    return new JobRunner(
        HandlerRegistry.of(List.of(handlers)),
        new Activator(Map.of(), null),
        recorder,
        new RetryBackoff(Duration.ofSeconds(1), 1, Duration.ofSeconds(1), 0),
        clock,
        SERVER,
        Observers.NONE,
        new ReportWriter(NO_PROGRESS, clock));
  }
}
