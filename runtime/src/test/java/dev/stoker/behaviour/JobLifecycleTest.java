package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.RetryBackoff;
import dev.stoker.Stoker;
import dev.stoker.jobs.Executions;
import dev.stoker.jobs.TestAlwaysFailsJobs;
import dev.stoker.jobs.TestCriticalJobs;
import dev.stoker.jobs.TestFailsTwiceJobs;
import dev.stoker.jobs.TestNeverRetriedJobs;
import dev.stoker.jobs.TestRecordJobs;
import dev.stoker.jobs.TestStaticJobs;
import dev.stoker.jobs.TestUrgentJobs;
import dev.stoker.monitoring.HistoryEntry;
import dev.stoker.monitoring.JobDetails;
import dev.stoker.testing.Await;
import dev.stoker.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobLifecycleTest extends DatabaseTest {

  private final TestClock clock = TestClock.atFixedMoment();

  /** A Stoker without server threads, on the test clock: jobs run when the test says. */
  private Stoker inline() {
    return closeAfter(
        Stoker.builder()
            .dataSource(db.dataSource())
            .clock(clock)
            .retryBackoff(new RetryBackoff(Duration.ofSeconds(10), 2, Duration.ofHours(1), 0))
            .withoutServer()
            .start());
  }

  private JobDetails details(Stoker stoker, JobId id) {
    return stoker.monitoring().job(id).orElseThrow();
  }

  @Test
  void enqueued_job_runs_once_on_a_running_server() {
    Stoker stoker =
        closeAfter(
            Stoker.builder()
                .dataSource(db.dataSource())
                .pollInterval(Duration.ofMillis(50))
                .start());

    JobId id = TestRecordJobs.enqueue(token);

    Await.until("the job succeeded", () -> details(stoker, id).state() == JobState.SUCCEEDED);
    assertThat(Executions.of(token))
        .singleElement()
        .satisfies(
            run -> {
              assertThat(run.job()).isEqualTo(id);
              assertThat(run.attempt()).isEqualTo(1);
              assertThat(run.thread()).startsWith("stoker-worker-");
            });
    assertThat(details(stoker, id).history())
        .extracting(HistoryEntry::to)
        .containsExactly(JobState.ENQUEUED, JobState.PROCESSING, JobState.SUCCEEDED);
  }

  @Test
  void scheduled_job_does_not_run_before_its_time_and_does_after() {
    Stoker stoker = inline();

    JobId id = TestRecordJobs.schedule(Duration.ofMinutes(15), token);

    assertThat(details(stoker, id).state()).isEqualTo(JobState.SCHEDULED);
    assertThat(details(stoker, id).runAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
    clock.advance(Duration.ofMinutes(14).plusSeconds(59));
    assertThat(stoker.runDueJobs()).isZero();
    assertThat(Executions.count(token)).isZero();

    clock.advance(Duration.ofSeconds(1));
    assertThat(stoker.runDueJobs()).isEqualTo(1);

    assertThat(Executions.count(token)).isEqualTo(1);
    assertThat(details(stoker, id).history())
        .extracting(HistoryEntry::to)
        .containsExactly(
            JobState.SCHEDULED, JobState.ENQUEUED, JobState.PROCESSING, JobState.SUCCEEDED);
  }

  @Test
  void job_scheduled_at_an_instant_runs_from_that_instant() {
    Stoker stoker = inline();
    Instant at = clock.instant().plus(Duration.ofHours(3));

    JobId id = TestRecordJobs.scheduleAt(at, token);

    clock.set(at.minusMillis(1));
    assertThat(stoker.runDueJobs()).isZero();
    clock.set(at);
    assertThat(stoker.runDueJobs()).isEqualTo(1);
    assertThat(details(stoker, id).state()).isEqualTo(JobState.SUCCEEDED);
  }

  @Test
  void throwing_job_is_retried_with_growing_delays_then_fails_with_its_stack_trace() {
    Stoker stoker = inline();
    JobId id = TestAlwaysFailsJobs.enqueue(token);

    List<Duration> waits = new ArrayList<>();
    for (int retry = 1; retry <= 3; retry++) {
      Instant failedAt = clock.instant();
      assertThat(stoker.runDueJobs()).isEqualTo(1);
      JobDetails job = details(stoker, id);
      assertThat(job.state()).isEqualTo(JobState.SCHEDULED);
      assertThat(job.failureCount()).isEqualTo(retry);
      waits.add(Duration.between(failedAt, job.runAt()));
      clock.set(job.runAt());
    }
    assertThat(stoker.runDueJobs()).isEqualTo(1);

    assertThat(waits)
        .containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40));
    JobDetails failed = details(stoker, id);
    assertThat(failed.state()).isEqualTo(JobState.FAILED);
    assertThat(failed.attempt()).isEqualTo(4);
    assertThat(Executions.count(token)).isEqualTo(4);
    List<HistoryEntry> history = failed.history();
    assertThat(history)
        .filteredOn(entry -> entry.from() == JobState.PROCESSING)
        .extracting(HistoryEntry::reason)
        .containsExactly(
            "Retry 1 of 3: IllegalStateException: SMTP server down for " + token,
            "Retry 2 of 3: IllegalStateException: SMTP server down for " + token,
            "Retry 3 of 3: IllegalStateException: SMTP server down for " + token,
            "Failed after 4 attempts: IllegalStateException: SMTP server down for " + token);
    HistoryEntry last = history.getLast();
    assertThat(last.to()).isEqualTo(JobState.FAILED);
    assertThat(last.exception().className()).isEqualTo("java.lang.IllegalStateException");
    assertThat(last.exception().message()).isEqualTo("SMTP server down for " + token);
    assertThat(last.exception().stackTrace()).contains("at dev.stoker.jobs.TestJobs.alwaysFails(");
    assertThat(stoker.runDueJobs()).isZero();
  }

  @Test
  void job_that_fails_twice_then_succeeds_ends_succeeded_on_its_third_attempt() {
    Stoker stoker = inline();
    JobId id = TestFailsTwiceJobs.enqueue(token);

    for (int run = 0; run < 3; run++) {
      clock.set(details(stoker, id).runAt());
      stoker.runDueJobs();
    }

    JobDetails job = details(stoker, id);
    assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
    assertThat(Executions.of(token))
        .extracting(Executions.Execution::attempt)
        .containsExactly(1, 2, 3);
  }

  @Test
  void job_without_retries_fails_on_its_first_error() {
    Stoker stoker = inline();
    JobId id = TestNeverRetriedJobs.enqueue(token);

    stoker.runDueJobs();

    JobDetails job = details(stoker, id);
    assertThat(job.state()).isEqualTo(JobState.FAILED);
    assertThat(job.history().getLast().reason())
        .isEqualTo(
            "Failed after 1 attempt: UnsupportedOperationException: no retries for " + token);
  }

  @Test
  void failed_job_requeued_by_a_person_runs_again_with_fresh_retries() {
    Stoker stoker = inline();
    JobId id = TestNeverRetriedJobs.enqueue(token);
    stoker.runDueJobs();

    stoker.client().requeue(id);

    JobDetails requeued = details(stoker, id);
    assertThat(requeued.state()).isEqualTo(JobState.ENQUEUED);
    assertThat(requeued.failureCount()).isZero();
    assertThat(requeued.history().getLast().reason()).isEqualTo("Requeued");
    stoker.runDueJobs();
    assertThat(Executions.count(token)).isEqualTo(2);
    assertThat(details(stoker, id).state()).isEqualTo(JobState.FAILED);
  }

  @Test
  void deleted_job_does_not_run_and_can_be_requeued() {
    Stoker stoker = inline();
    JobId id = TestRecordJobs.schedule(Duration.ofMinutes(5), token);

    stoker.client().delete(id);
    clock.advance(Duration.ofHours(1));

    assertThat(stoker.runDueJobs()).isZero();
    assertThat(details(stoker, id).state()).isEqualTo(JobState.DELETED);
    assertThat(details(stoker, id).history().getLast().from()).isEqualTo(JobState.SCHEDULED);

    stoker.client().requeue(id);
    assertThat(stoker.runDueJobs()).isEqualTo(1);
    assertThat(details(stoker, id).state()).isEqualTo(JobState.SUCCEEDED);
  }

  @Test
  void requeue_and_delete_refuse_changes_the_state_machine_does_not_allow() {
    Stoker stoker = inline();
    JobId id = TestRecordJobs.enqueue(token);
    stoker.runDueJobs();

    assertThatThrownBy(() -> stoker.client().requeue(id))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot change from SUCCEEDED to ENQUEUED");
    assertThatThrownBy(() -> stoker.client().delete(id))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot change from SUCCEEDED to DELETED");
    assertThatThrownBy(
            () -> stoker.client().delete(JobId.parse("00000000-0000-7000-8000-000000000000")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("There is no job 00000000-0000-7000-8000-000000000000");
    assertThat(details(stoker, id).state()).isEqualTo(JobState.SUCCEEDED);
  }

  @Test
  void queues_are_served_in_the_servers_order_and_priority_orders_jobs_within_a_queue() {
    Stoker stoker =
        closeAfter(
            Stoker.builder()
                .dataSource(db.dataSource())
                .clock(clock)
                .queues("critical", "default")
                .withoutServer()
                .start());
    TestRecordJobs.enqueue(token);
    TestUrgentJobs.enqueue(token);
    TestCriticalJobs.enqueue(token);

    stoker.runDueJobs();

    assertThat(Executions.of(token))
        .extracting(Executions.Execution::value)
        .containsExactly("critical", "urgent", null);
  }

  @Test
  void jobs_of_equal_priority_run_in_the_order_they_were_enqueued_even_in_the_same_millisecond() {
    Stoker stoker = inline(); // its clock stands still: every job is enqueued in one millisecond
    List<JobId> enqueued = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      enqueued.add(TestRecordJobs.enqueue(token));
    }

    stoker.runDueJobs();

    assertThat(Executions.of(token))
        .extracting(Executions.Execution::job)
        .containsExactlyElementsOf(enqueued);
  }

  @Test
  void static_job_methods_run_without_an_instance() {
    Stoker stoker = inline();
    JobId id = TestStaticJobs.enqueue(token);

    stoker.runDueJobs();

    assertThat(Executions.of(token))
        .singleElement()
        .satisfies(
            run -> {
              assertThat(run.job()).isEqualTo(id);
              assertThat(run.value()).isEqualTo("static");
            });
  }

  @Test
  void counts_per_state_and_queue() {
    Stoker stoker = inline();
    TestRecordJobs.enqueue(token);
    TestRecordJobs.schedule(Duration.ofHours(1), token);
    TestCriticalJobs.enqueue(token);
    TestNeverRetriedJobs.enqueue(token);
    stoker.runDueJobs();
    TestRecordJobs.enqueue(token);

    var counts = stoker.monitoring().counts();

    assertThat(counts.count(JobState.SUCCEEDED)).isEqualTo(2);
    assertThat(counts.count(JobState.FAILED)).isEqualTo(1);
    assertThat(counts.count(JobState.SCHEDULED)).isEqualTo(1);
    assertThat(counts.count(JobState.ENQUEUED)).isEqualTo(1);
    assertThat(counts.count(JobState.PROCESSING)).isZero();
    assertThat(counts.count("critical", JobState.SUCCEEDED)).isEqualTo(1);
    assertThat(counts.count("default", JobState.SUCCEEDED)).isEqualTo(1);
    assertThat(counts.count("default", JobState.ENQUEUED)).isEqualTo(1);
  }

  @Test
  void job_details_show_its_definition_and_arguments() {
    Stoker stoker = inline();
    JobId id = TestCriticalJobs.enqueue(token);

    JobDetails job = details(stoker, id);

    assertThat(job.name()).isEqualTo("test.critical");
    assertThat(job.queue()).isEqualTo("critical");
    assertThat(job.maxRetries()).isEqualTo(10);
    assertThat(job.arguments()).contains("\"token\"").contains(token);
    assertThat(job.createdAt()).isEqualTo(clock.instant());
    assertThat(stoker.monitoring().job(JobId.parse("00000000-0000-7000-8000-000000000000")))
        .isEmpty();
  }
}
