package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.jobs.Executions;
import dev.stoker.jobs.TestStopsWhenAskedJobs;
import dev.stoker.monitoring.HistoryEntry;
import dev.stoker.monitoring.JobDetails;
import dev.stoker.testing.Await;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Deleting a running job stops it on the server that runs it, and it stays DELETED. */
class CancellationTest extends DatabaseTest {

  @Test
  void deleted_running_job_is_asked_to_stop_and_interrupted_and_ends_deleted_not_succeeded() {
    Stoker stoker =
        closeAfter(
            Stoker.builder()
                .dataSource(db.dataSource())
                .pollInterval(Duration.ofMillis(20))
                .heartbeatInterval(Duration.ofMillis(50))
                .serverTimeout(Duration.ofSeconds(5))
                .start());
    JobId id = TestStopsWhenAskedJobs.enqueue(token);
    Await.until("the job started", () -> Executions.count(token) == 1);

    stoker.client().delete(id);

    Await.until("the job stopped", () -> Executions.count(token) == 2);
    assertThat(Executions.of(token).get(1).value())
        .isEqualTo("interrupted, cancellation requested");
    stoker.close(); // its worker has tried to record that the job returned
    JobDetails job = stoker.monitoring().job(id).orElseThrow();
    assertThat(job.state()).isEqualTo(JobState.DELETED);
    assertThat(job.history())
        .extracting(HistoryEntry::to)
        .containsExactly(JobState.ENQUEUED, JobState.PROCESSING, JobState.DELETED);
  }
}
