package dev.stoker.behaviour;

import static dev.stoker.schema.Tables.STOKER_JOB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.job.JobArguments;
import dev.stoker.job.JobDefinition;
import dev.stoker.job.JobRequest;
import dev.stoker.job.Recurrence;
import dev.stoker.job.StartTime;
import dev.stoker.jobs.Executions;
import dev.stoker.jobs.Gates;
import dev.stoker.jobs.TestGreetJobs;
import dev.stoker.jobs.TestIgnoresTimeoutJobs;
import dev.stoker.jobs.TestRecordJobs;
import dev.stoker.jobs.TestTimesOutJobs;
import dev.stoker.monitoring.HistoryEntry;
import dev.stoker.monitoring.JobDetails;
import dev.stoker.monitoring.UnhandledJobs;
import dev.stoker.testing.Await;
import java.time.Duration;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * A job that cannot run ends in a clear state with its reason in its history: retried where it
 * could succeed later or elsewhere, failed where it cannot. The worker, the server and every other
 * job go on.
 */
class BadDataTest extends DatabaseTest {

  private Stoker inline() {
    return closeAfter(Stoker.builder().dataSource(db.dataSource()).withoutServer().start());
  }

  private Stoker server(int workers) {
    return closeAfter(
        Stoker.builder()
            .dataSource(db.dataSource())
            .workers(workers)
            .pollInterval(Duration.ofMillis(20))
            .heartbeatInterval(Duration.ofMillis(50))
            .serverTimeout(Duration.ofSeconds(5))
            .shutdownGrace(Duration.ofMillis(100))
            .start());
  }

  private static JobDetails details(Stoker stoker, JobId id) {
    return stoker.monitoring().job(id).orElseThrow();
  }

  private void storeArguments(JobId id, String json) {
    DSL.using(db.dataSource(), database.dialect())
        .update(STOKER_JOB)
        .set(STOKER_JOB.ARGUMENTS, JSONB.valueOf(json))
        .where(STOKER_JOB.ID.eq(id.value()))
        .execute();
  }

  @Test
  void jobs_whose_stored_arguments_no_longer_decode_fail_at_once_with_the_reason() {
    Stoker stoker = inline();
    JobId renamedParameter = TestRecordJobs.enqueue(token);
    JobId editedRow = TestRecordJobs.enqueue(token);
    JobId fine = TestRecordJobs.enqueue(token);
    // As if the method's parameter had been renamed since the job was stored...
    storeArguments(renamedParameter, "{\"userToken\": \"" + token + "\"}");
    // ...or someone had edited the row.
    storeArguments(editedRow, "{\"token\": {\"not\": \"a string\"}}");

    stoker.runDueJobs();

    assertThat(details(stoker, renamedParameter).state()).isEqualTo(JobState.FAILED);
    assertThat(details(stoker, renamedParameter).history().getLast().reason())
        .isEqualTo(
            "Failed without retrying, as its stored arguments cannot be read: Argument 'token' of"
                + " job 'test.record' is missing from the stored arguments: was the parameter added"
                + " after the job was created? Annotate it @Nullable, or give it a @Default, to"
                + " accept jobs stored without it. Fix the arguments or the job's code, then"
                + " requeue it.");
    assertThat(details(stoker, editedRow).state()).isEqualTo(JobState.FAILED);
    assertThat(details(stoker, editedRow).history().getLast().reason())
        .startsWith(
            "Failed without retrying, as its stored arguments cannot be read: Argument 'token' of"
                + " job 'test.record' cannot be read as String");
    assertThat(details(stoker, editedRow).lastException().className())
        .isEqualTo("dev.stoker.codec.ArgumentException");
    assertThat(details(stoker, fine).state()).isEqualTo(JobState.SUCCEEDED);
    assertThat(Executions.of(token)).extracting(Executions.Execution::job).containsExactly(fine);
  }

  @Test
  void job_no_running_server_has_a_handler_for_waits_and_monitoring_says_why() {
    Stoker stoker = server(2);
    // A job a newer version of the application declares, enqueued during a rolling deploy.
    JobDefinition newer = new JobDefinition("test.added-later", "default", 3, 0, Recurrence.NONE);
    JobId unknown =
        stoker.client().submit(new JobRequest(newer, JobArguments.NONE, StartTime.now()));
    JobId known = TestRecordJobs.enqueue(token);

    Await.until("the known job ran", () -> details(stoker, known).state() == JobState.SUCCEEDED);

    JobDetails waiting = details(stoker, unknown);
    assertThat(waiting.state()).isEqualTo(JobState.ENQUEUED);
    assertThat(waiting.attempt()).as("never claimed").isZero();
    assertThat(stoker.monitoring().unhandledJobs())
        .containsExactly(
            new UnhandledJobs(
                "test.added-later",
                "default",
                1,
                "No running server that serves queue 'default' has a handler for job"
                    + " 'test.added-later': deploy the code that declares it, or delete the jobs"));
  }

  @Test
  void job_whose_class_cannot_be_created_is_retried_with_the_reason_and_other_jobs_run() {
    Stoker stoker = inline();
    JobId unregistered = TestGreetJobs.enqueue(token, "Ada");
    JobId fine = TestRecordJobs.enqueue(token);

    stoker.runDueJobs();

    JobDetails job = details(stoker, unregistered);
    assertThat(job.state()).isEqualTo(JobState.SCHEDULED);
    assertThat(job.history().getLast().reason())
        .startsWith("Retry 1 of 10: JobActivationException: Cannot get an instance of");
    assertThat(details(stoker, fine).state()).isEqualTo(JobState.SUCCEEDED);
  }

  @Test
  void job_that_hangs_past_its_timeout_is_interrupted_and_retried_with_the_reason() {
    Stoker stoker = server(1);
    JobId hanging = TestTimesOutJobs.enqueue(token);

    Await.until("the job timed out", () -> details(stoker, hanging).failureCount() == 1);
    JobId next = TestRecordJobs.enqueue(token);

    JobDetails job = details(stoker, hanging);
    assertThat(job.state()).isEqualTo(JobState.SCHEDULED);
    HistoryEntry timedOut = job.history().getLast();
    assertThat(timedOut.reason())
        .isEqualTo(
            "Retry 1 of 1: JobTimedOutException: Job 'test.times-out' ran longer than its timeout"
                + " of 0.3 s and was asked to stop");
    assertThat(timedOut.exception().stackTrace())
        .as("where the job was when its time ran out, and what it threw")
        .contains("at dev.stoker.jobs.ReliabilityJobs.timesOut(")
        .contains("Caused by: java.lang.InterruptedException");
    Await.until(
        "the worker ran the next job", () -> details(stoker, next).state() == JobState.SUCCEEDED);
  }

  @Test
  void job_that_does_not_stop_after_its_timeout_fails_and_its_worker_goes_on() {
    Stoker stoker = server(1);
    try {
      JobId hanging = TestIgnoresTimeoutJobs.enqueue(token);
      Await.until("the job started", () -> Executions.count(token) == 1);
      JobId next = TestRecordJobs.enqueue(token);

      Await.until(
          "the only worker ran the next job",
          () -> details(stoker, next).state() == JobState.SUCCEEDED);

      JobDetails job = details(stoker, hanging);
      assertThat(job.state()).isEqualTo(JobState.FAILED);
      assertThat(job.history().getLast().reason())
          .isEqualTo(
              "Failed after 1 attempt: JobTimedOutException: Job 'test.ignores-timeout' ran longer"
                  + " than its timeout of 0.3 s and was asked to stop, but did not stop: its"
                  + " thread was left running");
    } finally {
      Gates.open(token);
    }
  }
}
