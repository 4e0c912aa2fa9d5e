package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.jobs.Executions;
import dev.stoker.jobs.TestAlwaysFailsJobs;
import dev.stoker.jobs.TestCriticalJobs;
import dev.stoker.jobs.TestRecordJobs;
import dev.stoker.testing.JobRun;
import dev.stoker.testing.ManualRunner;
import dev.stoker.testing.RunOutcome;
import dev.stoker.testing.StoredJob;
import dev.stoker.testing.TestClock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Stoker without a server runs chosen jobs on the caller's thread: one by its id, or the next of
 * some queues; each run says how it ended and hands over what the job threw.
 */
class ManualRunnerTest extends DatabaseTest {

  private final TestClock clock = TestClock.atFixedMoment();
  private Stoker stoker;
  private ManualRunner runner;

  @BeforeEach
  void start() {
    stoker =
        closeAfter(
            Stoker.builder().dataSource(db.dataSource()).clock(clock).withoutServer().start());
    runner = stoker.manualRunner();
  }

  @Test
  void job_run_by_its_id_runs_alone_and_a_scheduled_one_before_its_time() {
    JobId first = TestRecordJobs.using(stoker.client()).enqueue(token);
    JobId later = TestRecordJobs.using(stoker.client()).schedule(Duration.ofHours(1), token);

    JobRun run = runner.run(later);

    assertThat(run.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(run.exception()).isNull();
    assertThat(Executions.of(token)).extracting(e -> e.job()).containsExactly(later);
    assertThat(stoker.monitoring().job(first).orElseThrow().state()).isEqualTo(JobState.ENQUEUED);
  }

  @Test
  void next_job_comes_from_the_queues_asked_for_only() {
    TestRecordJobs.using(stoker.client()).enqueue(token);
    JobId critical = TestCriticalJobs.using(stoker.client()).enqueue(token);

    Optional<JobRun> run = runner.runNext("critical");

    assertThat(run).map(JobRun::id).contains(critical);
    assertThat(runner.runNext("critical")).isEmpty();
    assertThat(runner.runNext()).map(JobRun::queue).contains("default");
    assertThat(Executions.count(token)).isEqualTo(2);
  }

  @Test
  void failing_run_reports_a_retry_and_hands_over_the_exception_itself() {
    JobId id = TestAlwaysFailsJobs.using(stoker.client()).enqueue(token);

    JobRun run = runner.run(id);

    assertThat(run.outcome()).isEqualTo(RunOutcome.RETRIED);
    assertThat(run.reason()).startsWith("Retry 1 of 3");
    assertThat(run.exception())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("SMTP server down for " + token);
    assertThat(runner.nextRunAt()).contains(stoker.monitoring().job(id).orElseThrow().runAt());
  }

  @Test
  void stored_jobs_show_their_arguments_and_what_they_wait_for() {
    JobId parent = TestRecordJobs.using(stoker.client()).enqueue(token);
    JobId child = TestRecordJobs.using(stoker.client()).after(parent).enqueue("child of " + token);

    assertThat(runner.jobs(JobState.AWAITING))
        .singleElement()
        .satisfies(
            job -> {
              assertThat(job.id()).isEqualTo(child);
              assertThat(job.arguments()).contains("child of " + token);
              assertThat(job.parents()).containsExactly(parent);
            });
    assertThat(runner.jobs()).extracting(StoredJob::id).containsExactly(parent, child);
  }

  @Test
  void job_that_cannot_run_now_is_refused_with_the_reason() {
    JobId parent = TestRecordJobs.using(stoker.client()).enqueue(token);
    JobId child = TestRecordJobs.using(stoker.client()).after(parent).enqueue(token);

    assertThatThrownBy(() -> runner.run(child))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("AWAITING: it waits for its parents");
    runner.run(parent);
    assertThatThrownBy(() -> runner.run(parent))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SUCCEEDED: it has ended");
  }
}
