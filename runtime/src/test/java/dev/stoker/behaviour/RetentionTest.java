package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.jobs.FlowUniqueOrderAnHourJobs;
import dev.stoker.jobs.FlowUniqueOrderJobs;
import dev.stoker.jobs.TestNeverRetriedJobs;
import dev.stoker.jobs.TestRecordJobs;
import dev.stoker.monitoring.BatchState;
import dev.stoker.testing.Await;
import dev.stoker.testing.TestClock;
import java.time.Duration;
import java.util.Optional;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** Succeeded and deleted jobs expire; failed jobs wait for a person. */
class RetentionTest extends DatabaseTest {

  private final TestClock clock = TestClock.atFixedMoment();

  @Test
  void succeeded_and_deleted_jobs_are_removed_after_the_retention_and_failed_ones_stay() {
    Stoker stoker = closeAfter(quickServer(clock).retention(Duration.ofDays(1)).start());
    JobId succeeded = TestRecordJobs.enqueue(token);
    JobId failed = TestNeverRetriedJobs.enqueue(token);
    JobId deleted = TestRecordJobs.schedule(Duration.ofHours(1), token);
    JobId later = TestRecordJobs.schedule(Duration.ofDays(3), token);
    stoker.client().delete(deleted);
    Await.until(
        "the jobs ended",
        () ->
            state(stoker, failed).equals(Optional.of(JobState.FAILED))
                && state(stoker, succeeded).equals(Optional.of(JobState.SUCCEEDED)));

    clock.advance(Duration.ofDays(1).plusSeconds(1));

    Await.until(
        "the succeeded and the deleted job are removed",
        () -> state(stoker, succeeded).isEmpty() && state(stoker, deleted).isEmpty());
    assertThat(state(stoker, failed)).contains(JobState.FAILED);
    assertThat(state(stoker, later)).contains(JobState.SCHEDULED);
  }

  @Test
  void a_removed_jobs_trace_context_goes_with_it() throws Exception {
    TracingObserver observer = new TracingObserver();
    Stoker stoker =
        closeAfter(quickServer(clock).retention(Duration.ofDays(1)).observer(observer).start());
    JobId ended = TestRecordJobs.enqueue(token);
    JobId waiting = TestRecordJobs.schedule(Duration.ofDays(3), token);
    Await.until("the job ran", () -> state(stoker, ended).equals(Optional.of(JobState.SUCCEEDED)));
    assertThat(TracingObserver.traceRows(db.dataSource())).containsOnlyKeys(ended, waiting);

    clock.advance(Duration.ofDays(1).plusSeconds(1));

    Await.until("the ended job is removed", () -> state(stoker, ended).isEmpty());
    assertThat(TracingObserver.traceRows(db.dataSource()))
        .as("the waiting job keeps its own")
        .containsOnlyKeys(waiting);
  }

  @Test
  void unique_keys_go_with_their_jobs_or_once_their_period_is_past_the_retention() {
    Stoker stoker = closeAfter(quickServer(clock).retention(Duration.ofDays(1)).start());
    JobId ended = FlowUniqueOrderJobs.enqueue(token, 1L).id();
    JobId endedWithPeriod = FlowUniqueOrderAnHourJobs.enqueue(token, 2L).id();
    JobId waiting = FlowUniqueOrderJobs.schedule(Duration.ofDays(5), token, 3L).id();
    Await.until(
        "the unscheduled jobs ran",
        () ->
            state(stoker, ended).equals(Optional.of(JobState.SUCCEEDED))
                && state(stoker, endedWithPeriod).equals(Optional.of(JobState.SUCCEEDED)));
    assertThat(uniqueKeys()).isEqualTo(3);

    clock.advance(Duration.ofDays(1).plusSeconds(1));
    Await.until("the ended job's key is removed with it", () -> uniqueKeys() == 2);
    assertThat(state(stoker, endedWithPeriod)).isEmpty();

    // The key held for an hour goes once that hour is older than the retention.
    clock.advance(Duration.ofHours(1));
    Await.until("the key whose hour has passed is removed", () -> uniqueKeys() == 1);

    // The waiting job keeps its key: a second enqueue still finds it.
    assertThat(FlowUniqueOrderJobs.enqueue(token, 3L).id()).isEqualTo(waiting);
  }

  @Test
  void a_batch_goes_once_retention_removed_all_its_jobs_and_one_with_a_failed_job_stays() {
    Stoker stoker = closeAfter(quickServer(clock).retention(Duration.ofDays(1)).start());
    BatchId succeeded =
        stoker
            .client()
            .batch(
                batch -> {
                  TestRecordJobs.in(batch).enqueue(token);
                  TestRecordJobs.in(batch).enqueue(token);
                });
    BatchId withFailure =
        stoker
            .client()
            .batch(
                batch -> {
                  TestRecordJobs.in(batch).enqueue(token);
                  TestNeverRetriedJobs.in(batch).enqueue(token);
                });
    Await.until(
        "both batches completed",
        () -> completed(stoker, succeeded) && completed(stoker, withFailure));
    JobId report = TestRecordJobs.afterBatch(succeeded).enqueue(token + "-report");
    Await.until(
        "the report ran", () -> state(stoker, report).equals(Optional.of(JobState.SUCCEEDED)));

    clock.advance(Duration.ofDays(1).plusSeconds(1));

    Await.until(
        "the batch without jobs left is removed",
        () -> stoker.monitoring().batch(succeeded).isEmpty());
    assertThat(stoker.monitoring().batch(withFailure)).as("its failed job stays").isPresent();
    assertThatThrownBy(() -> TestRecordJobs.afterBatch(succeeded).enqueue(token))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ended long enough ago to be removed");
  }

  private static boolean completed(Stoker stoker, BatchId batch) {
    return stoker.monitoring().batch(batch).orElseThrow().state() == BatchState.COMPLETED;
  }

  private int uniqueKeys() {
    return DSL.using(db.dataSource(), database.dialect())
        .fetchCount(DSL.table("stoker_unique_job"));
  }

  private static Optional<JobState> state(Stoker stoker, JobId id) {
    return stoker.monitoring().job(id).map(job -> job.state());
  }
}
