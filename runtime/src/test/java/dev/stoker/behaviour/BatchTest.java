package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.jobs.Executions;
import dev.stoker.jobs.TestNeverRetriedJobs;
import dev.stoker.jobs.TestRecordJobs;
import dev.stoker.monitoring.BatchDetails;
import dev.stoker.monitoring.BatchState;
import dev.stoker.monitoring.JobDetails;
import dev.stoker.testing.Await;
import dev.stoker.testing.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Batches are created atomically, count their progress, and release their continuations once. */
class BatchTest extends DatabaseTest {

  private final TestClock clock = TestClock.atFixedMoment();

  private Stoker inline() {
    return closeAfter(
        Stoker.builder().dataSource(db.dataSource()).clock(clock).withoutServer().start());
  }

  private BatchDetails batch(Stoker stoker, BatchId id) {
    return stoker.monitoring().batch(id).orElseThrow();
  }

  /** A batch of that many jobs that record their runs under the test's token. */
  private BatchId recordJobs(Stoker stoker, int jobs) {
    return stoker
        .client()
        .batch(
            batch -> {
              for (int i = 0; i < jobs; i++) {
                TestRecordJobs.in(batch).enqueue(token);
              }
            });
  }

  private JobState state(Stoker stoker, JobId id) {
    return stoker.monitoring().job(id).orElseThrow().state();
  }

  @Test
  void batch_whose_callback_throws_stores_nothing() {
    Stoker stoker = inline();
    AtomicReference<BatchId> id = new AtomicReference<>();

    assertThatThrownBy(
            () ->
                stoker
                    .client()
                    .batch(
                        batch -> {
                          id.set(batch.id());
                          for (int i = 0; i < 10; i++) {
                            TestRecordJobs.in(batch).enqueue(token);
                          }
                          throw new IllegalStateException("subscriber list unavailable");
                        }))
        .hasMessage("subscriber list unavailable");

    assertThat(stoker.monitoring().batch(id.get())).isEmpty();
    assertThat(stoker.monitoring().counts().byQueue()).isEmpty();
  }

  @Test
  void batch_counts_its_jobs_by_how_they_ended() {
    Stoker stoker = inline();
    AtomicReference<JobId> later = new AtomicReference<>();
    clock.advance(Duration.ofNanos(123_456_000)); // times are kept to the microsecond
    BatchId id =
        stoker
            .client()
            .batch(
                batch -> {
                  for (int i = 0; i < 3; i++) {
                    TestRecordJobs.in(batch).enqueue(token);
                  }
                  TestNeverRetriedJobs.in(batch).enqueue(token);
                  later.set(TestRecordJobs.in(batch).schedule(Duration.ofHours(1), token));
                });

    assertThat(batch(stoker, id).pending()).isEqualTo(5);
    JobDetails scheduled = stoker.monitoring().job(later.get()).orElseThrow();
    assertThat(scheduled.state()).isEqualTo(JobState.SCHEDULED);
    assertThat(scheduled.runAt()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
    assertThat(stoker.monitoring().counts().count(JobState.ENQUEUED)).isEqualTo(4);
    stoker.runDueJobs();

    BatchDetails progress = batch(stoker, id);
    assertThat(progress.total()).isEqualTo(5);
    assertThat(progress.succeeded()).isEqualTo(3);
    assertThat(progress.failed()).isEqualTo(1);
    assertThat(progress.pending()).isEqualTo(1);
    assertThat(progress.state()).isEqualTo(BatchState.STARTED);

    clock.advance(Duration.ofHours(1));
    stoker.runDueJobs();
    assertThat(batch(stoker, id).state()).isEqualTo(BatchState.COMPLETED);
    assertThat(batch(stoker, id).completedAt()).isEqualTo(clock.instant());
  }

  @Test
  void batch_continuation_runs_once_every_job_succeeded() {
    Stoker stoker = inline();
    BatchId id =
        stoker
            .client()
            .batch(
                batch -> {
                  for (int i = 0; i < 5; i++) {
                    TestRecordJobs.in(batch).enqueue(token);
                  }
                });
    JobId report = TestRecordJobs.afterBatch(id).enqueue(token + "-report");

    assertThat(state(stoker, report)).isEqualTo(JobState.AWAITING);
    stoker.runDueJobs();

    assertThat(Executions.count(token)).isEqualTo(5);
    assertThat(Executions.count(token + "-report")).isEqualTo(1);
    assertThat(stoker.monitoring().job(report).orElseThrow().history().get(1).reason())
        .isEqualTo("Its parents succeeded");
  }

  @Test
  void failed_job_holds_the_batch_continuation_back_until_it_is_deleted() {
    Stoker stoker = inline();
    List<JobId> members = new ArrayList<>();
    BatchId id =
        stoker
            .client()
            .batch(
                batch -> {
                  members.add(TestRecordJobs.in(batch).enqueue(token));
                  members.add(TestNeverRetriedJobs.in(batch).enqueue(token));
                });
    JobId report = TestRecordJobs.afterBatch(id).enqueue(token + "-report");
    JobId anyway = TestRecordJobs.afterBatchAnyOutcome(id).enqueue(token + "-anyway");

    stoker.runDueJobs();
    assertThat(state(stoker, report)).isEqualTo(JobState.AWAITING);
    assertThat(state(stoker, anyway)).isEqualTo(JobState.SUCCEEDED);

    stoker.client().requeue(members.get(1));
    assertThat(batch(stoker, id).state()).isEqualTo(BatchState.STARTED);
    stoker.runDueJobs();
    assertThat(state(stoker, report)).isEqualTo(JobState.AWAITING);

    stoker.client().delete(members.get(1));
    stoker.runDueJobs();
    assertThat(state(stoker, report)).isEqualTo(JobState.SUCCEEDED);
    assertThat(Executions.count(token + "-report")).isEqualTo(1);
    assertThat(Executions.count(token + "-anyway")).isEqualTo(1);
  }

  @Test
  void batch_can_wait_for_a_job_and_a_job_for_a_batch() {
    Stoker stoker = inline();
    JobId prepare = TestRecordJobs.schedule(Duration.ofMinutes(10), token + "-prepare");
    BatchId newsletter =
        stoker
            .client()
            .batchAfter(
                prepare,
                batch -> {
                  for (int i = 0; i < 3; i++) {
                    TestRecordJobs.in(batch).enqueue(token);
                  }
                });
    JobId report = TestRecordJobs.afterBatch(newsletter).enqueue(token + "-report");

    stoker.runDueJobs();
    assertThat(batch(stoker, newsletter).pending()).isEqualTo(3);
    assertThat(Executions.count(token)).isZero();

    clock.advance(Duration.ofMinutes(10));
    stoker.runDueJobs();
    assertThat(Executions.count(token + "-prepare")).isEqualTo(1);
    assertThat(Executions.count(token)).isEqualTo(3);
    assertThat(state(stoker, report)).isEqualTo(JobState.SUCCEEDED);
  }

  @Test
  void deleting_a_batch_deletes_its_pending_jobs_and_what_needed_them() {
    Stoker stoker = inline();
    List<JobId> members = new ArrayList<>();
    BatchId id =
        stoker
            .client()
            .batch(
                batch -> {
                  members.add(TestRecordJobs.in(batch).enqueue(token));
                  members.add(TestRecordJobs.in(batch).schedule(Duration.ofHours(1), token));
                  members.add(TestRecordJobs.in(batch).schedule(Duration.ofHours(1), token));
                });
    JobId report = TestRecordJobs.afterBatch(id).enqueue(token + "-report");
    JobId cleanup = TestRecordJobs.afterBatchAnyOutcome(id).enqueue(token + "-cleanup");
    stoker.runDueJobs();

    stoker.client().deleteBatch(id);

    assertThat(members)
        .extracting(member -> state(stoker, member))
        .containsExactly(JobState.SUCCEEDED, JobState.DELETED, JobState.DELETED);
    BatchDetails deleted = batch(stoker, id);
    assertThat(deleted.state()).isEqualTo(BatchState.DELETED);
    assertThat(deleted.deleted()).isEqualTo(2);
    assertThat(state(stoker, report)).isEqualTo(JobState.DELETED);
    assertThat(stoker.monitoring().job(report).orElseThrow().history().getLast().reason())
        .isEqualTo("Its parent batch " + id + " was deleted");
    assertThat(state(stoker, cleanup)).isEqualTo(JobState.ENQUEUED);
  }

  @Test
  void empty_batch_is_complete_at_once() {
    Stoker stoker = inline();
    BatchId id = stoker.client().batch(batch -> {});

    JobId report = TestRecordJobs.afterBatch(id).enqueue(token);

    assertThat(batch(stoker, id).state()).isEqualTo(BatchState.COMPLETED);
    assertThat(state(stoker, report)).isEqualTo(JobState.ENQUEUED);
  }

  @Test
  void ten_thousand_jobs_are_one_call() {
    Stoker stoker = inline();

    BatchId id = recordJobs(stoker, 10_000);

    assertThat(batch(stoker, id).total()).isEqualTo(10_000);
    assertThat(stoker.monitoring().counts().count(JobState.ENQUEUED)).isEqualTo(10_000);
  }

  @Test
  void a_batch_through_connections_that_hide_their_driver_is_stored_all_the_same() {
    // As some pools and proxies do: PostgreSQL's COPY cannot be reached through them.
    Stoker stoker =
        closeAfter(
            Stoker.builder()
                .dataSource(HidingDriver.of(db.dataSource()))
                .clock(clock)
                .withoutServer()
                .start());

    BatchId id = recordJobs(stoker, 3);
    stoker.runDueJobs();

    assertThat(batch(stoker, id).total()).isEqualTo(3);
    assertThat(Executions.count(token)).isEqualTo(3);
  }

  @Test
  void batch_continuation_runs_exactly_once_with_servers_racing_to_finish_the_last_jobs() {
    List<Stoker> servers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      servers.add(
          closeAfter(
              Stoker.builder()
                  .dataSource(db.dataSource())
                  .workers(8)
                  .pollInterval(Duration.ofMillis(10))
                  .start()));
    }
    var client = servers.getFirst().client();
    List<JobId> reports = new ArrayList<>();
    List<BatchId> batches = new ArrayList<>();
    for (int round = 0; round < 10; round++) {
      BatchId id =
          client.batch(
              batch -> {
                for (int i = 0; i < 50; i++) {
                  TestRecordJobs.using(client).in(batch).enqueue(token);
                }
              });
      batches.add(id);
      reports.add(TestRecordJobs.using(client).afterBatch(id).enqueue(token + "-report"));
    }

    Await.until(
        "every batch's report ran",
        Duration.ofMinutes(2),
        () -> reports.stream().allMatch(id -> state(servers.getFirst(), id) == JobState.SUCCEEDED));
    assertThat(Executions.count(token)).isEqualTo(500);
    assertThat(Executions.of(token + "-report"))
        .extracting(Executions.Execution::job)
        .containsExactlyInAnyOrderElementsOf(reports);
    assertThat(batches)
        .allSatisfy(id -> assertThat(batch(servers.getFirst(), id).succeeded()).isEqualTo(50));
  }
}
