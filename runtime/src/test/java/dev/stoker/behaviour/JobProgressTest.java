package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.jobs.Gates;
import dev.stoker.jobs.TestLogsLinesJobs;
import dev.stoker.jobs.TestNegativeProgressJobs;
import dev.stoker.jobs.TestRecordJobs;
import dev.stoker.jobs.TestReportsProgressJobs;
import dev.stoker.monitoring.JobProgress;
import dev.stoker.testing.Await;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobProgressTest extends DatabaseTest {

  @Test
  void progress_and_log_lines_appear_in_the_monitoring_api_while_the_job_runs() {
    Stoker stoker =
        closeAfter(
            Stoker.builder()
                .dataSource(db.dataSource())
                .pollInterval(Duration.ofMillis(50))
                .start());

    JobId id = TestReportsProgressJobs.enqueue(token);

    Await.until(
        "the job's progress is written", () -> stoker.monitoring().progress(id).isPresent());
    JobProgress running = stoker.monitoring().progress(id).orElseThrow();
    assertThat(stoker.monitoring().job(id).orElseThrow().state()).isEqualTo(JobState.PROCESSING);
    assertThat(running.attempt()).isEqualTo(1);
    assertThat(running.done()).isEqualTo(3);
    assertThat(running.total()).isEqualTo(10);
    assertThat(running.percent()).isEqualTo(30);
    assertThat(running.lines()).containsExactly("Read 3 of 10 files");
    assertThat(running.droppedLines()).isZero();

    Gates.open(token);
    Await.until(
        "the job succeeded",
        () -> stoker.monitoring().job(id).orElseThrow().state() == JobState.SUCCEEDED);
    Await.until(
        "its last report is written",
        () -> stoker.monitoring().progress(id).orElseThrow().lines().size() == 2);
    JobProgress ended = stoker.monitoring().progress(id).orElseThrow();
    assertThat(ended.percent()).isEqualTo(100);
    assertThat(ended.lines()).containsExactly("Read 3 of 10 files", "Read all 10 files");
  }

  @Test
  void log_keeps_the_last_lines_and_counts_those_it_dropped() {
    Stoker stoker =
        closeAfter(Stoker.builder().dataSource(db.dataSource()).withoutServer().start());

    JobId id = TestLogsLinesJobs.enqueue(250);
    stoker.runDueJobs();

    JobProgress progress = stoker.monitoring().progress(id).orElseThrow();
    assertThat(progress.lines()).hasSize(200);
    assertThat(progress.lines().getFirst()).isEqualTo("line 51");
    assertThat(progress.lines().getLast()).isEqualTo("line 250");
    assertThat(progress.droppedLines()).isEqualTo(50);
    assertThat(progress.done()).isNull();
    assertThat(progress.percent()).isNull();
  }

  @Test
  void job_that_reports_nothing_has_no_progress() {
    Stoker stoker =
        closeAfter(Stoker.builder().dataSource(db.dataSource()).withoutServer().start());

    JobId id = TestRecordJobs.enqueue(token);
    stoker.runDueJobs();

    assertThat(stoker.monitoring().progress(id)).isEqualTo(Optional.empty());
  }

  @Test
  void progress_is_removed_with_its_job() {
    Stoker stoker =
        closeAfter(Stoker.builder().dataSource(db.dataSource()).withoutServer().start());
    JobId id = TestLogsLinesJobs.enqueue(1);
    stoker.runDueJobs();
    assertThat(stoker.monitoring().progress(id)).isPresent();

    try (var connection = db.dataSource().getConnection();
        var statement = connection.createStatement()) {
      statement.executeUpdate("delete from stoker_job_history");
      statement.executeUpdate("delete from stoker_job");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }

    assertThat(stoker.monitoring().progress(id)).isEmpty();
  }

  @Test
  void negative_progress_fails_the_job_with_both_numbers() {
    Stoker stoker =
        closeAfter(Stoker.builder().dataSource(db.dataSource()).withoutServer().start());

    JobId id = TestNegativeProgressJobs.enqueue();
    stoker.runDueJobs();

    var job = stoker.monitoring().job(id).orElseThrow();
    assertThat(job.state()).isEqualTo(JobState.FAILED);
    assertThat(job.history().getLast().reason())
        .contains("Progress must not be negative, got -1 of 10");
  }
}
