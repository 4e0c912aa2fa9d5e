package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.jobs.Executions;
import dev.stoker.jobs.TestBlocksJobs;
import dev.stoker.jobs.TestSlowJobs;
import dev.stoker.monitoring.HistoryEntry;
import dev.stoker.testing.Await;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Closing a server lets short jobs finish and hands the others back to their queue at once. */
class GracefulShutdownTest extends DatabaseTest {

  @Test
  void closing_the_server_hands_unfinished_jobs_back_and_another_server_runs_them() {
    Stoker first =
        Stoker.builder()
            .dataSource(db.dataSource())
            .pollInterval(Duration.ofMillis(20))
            .shutdownGrace(Duration.ofMillis(200))
            .start();
    JobId blocking = TestBlocksJobs.enqueue(token);
    Await.until("the job started", () -> Executions.count(token) == 1);

    first.close();

    var job = first.monitoring().job(blocking).orElseThrow();
    assertThat(job.state()).isEqualTo(JobState.ENQUEUED);
    HistoryEntry last = job.history().getLast();
    assertThat(last.from()).isEqualTo(JobState.PROCESSING);
    assertThat(last.reason()).endsWith("shut down before the job ended");
    assertThat(job.failureCount()).as("a hand-back is not a failure").isZero();

    Stoker second =
        closeAfter(
            Stoker.builder()
                .dataSource(db.dataSource())
                .pollInterval(Duration.ofMillis(20))
                .shutdownGrace(Duration.ofMillis(200))
                .start());
    Await.until("the job started again", () -> Executions.count(token) == 2);
    assertThat(Executions.of(token).get(1).attempt()).isEqualTo(2);
  }

  @Test
  void closing_the_server_lets_running_jobs_finish_within_the_grace_period() {
    Stoker stoker =
        Stoker.builder().dataSource(db.dataSource()).pollInterval(Duration.ofMillis(20)).start();
    JobId id = TestSlowJobs.enqueue(token);
    Await.until("the job started", () -> Executions.count(token) == 1);

    stoker.close();

    assertThat(stoker.monitoring().job(id).orElseThrow().state()).isEqualTo(JobState.SUCCEEDED);
  }

  @Test
  void a_claimed_job_no_worker_started_goes_back_at_once_without_running() {
    Stoker stoker =
        Stoker.builder()
            .dataSource(db.dataSource())
            .workers(1)
            .pollInterval(Duration.ofMillis(20))
            .shutdownGrace(Duration.ofMillis(200))
            .start();
    JobId running = TestBlocksJobs.enqueue(token);
    JobId waiting = TestBlocksJobs.enqueue(token);
    Await.until("one job started", () -> Executions.count(token) == 1);
    Await.until(
        "the other was claimed too, to wait for the worker",
        () ->
            stoker.monitoring().job(waiting).orElseThrow().state() == JobState.PROCESSING
                && stoker.monitoring().job(running).orElseThrow().state() == JobState.PROCESSING);

    stoker.close();

    var job = stoker.monitoring().job(waiting).orElseThrow();
    assertThat(job.state()).isEqualTo(JobState.ENQUEUED);
    assertThat(job.history().getLast().reason()).endsWith("shut down before the job started");
    assertThat(Executions.of(token)).extracting(Executions.Execution::job).containsExactly(running);
  }
}
