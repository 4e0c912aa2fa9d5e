package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.jobs.TestRecordJobs;
import dev.stoker.testing.Await;
import dev.stoker.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL a server hears of jobs another process created at once, through LISTEN/NOTIFY,
 * instead of at its next poll.
 */
class NewJobNotificationTest {

  private static final Duration LONG_POLL = Duration.ofMinutes(5);

  @Test
  void server_starts_a_job_created_by_another_client_without_waiting_for_its_poll() {
    try (TestDatabase.Handle db = TestDatabase.POSTGRES.create();
        Stoker server =
            Stoker.builder().dataSource(db.dataSource()).pollInterval(LONG_POLL).start();
        Stoker web = Stoker.builder().dataSource(db.dataSource()).withoutServer().start()) {
      // Let the server settle into its poll first.
      TestRecordJobs.using(server.client()).enqueue("warm-up");
      Await.until(
          "the server is idle", () -> server.monitoring().counts().count(JobState.SUCCEEDED) == 1);

      for (int i = 0; i < 5; i++) {
        JobId id = TestRecordJobs.using(web.client()).enqueue("from another client " + i);

        Await.until(
            "the job created elsewhere succeeded, long before the next poll",
            Duration.ofSeconds(30),
            () -> server.monitoring().job(id).orElseThrow().state() == JobState.SUCCEEDED);
      }
      assertThat(server.monitoring().counts().count(JobState.SUCCEEDED)).isEqualTo(6);
    }
  }

  @Test
  void server_starts_a_batch_created_by_another_client_without_waiting_for_its_poll() {
    try (TestDatabase.Handle db = TestDatabase.POSTGRES.create();
        Stoker server =
            Stoker.builder().dataSource(db.dataSource()).pollInterval(LONG_POLL).start();
        Stoker web = Stoker.builder().dataSource(db.dataSource()).withoutServer().start()) {
      TestRecordJobs.using(server.client()).enqueue("warm-up");
      Await.until(
          "the server is idle", () -> server.monitoring().counts().count(JobState.SUCCEEDED) == 1);

      List<JobId> ids = new ArrayList<>();
      web.client()
          .batch(
              batch -> {
                for (int i = 0; i < 3; i++) {
                  ids.add(TestRecordJobs.using(web.client()).in(batch).enqueue("in a batch " + i));
                }
              });

      for (JobId id : ids) {
        Await.until(
            "each job of the batch created elsewhere succeeded, long before the next poll",
            Duration.ofSeconds(30),
            () -> server.monitoring().job(id).orElseThrow().state() == JobState.SUCCEEDED);
      }
    }
  }

  @Test
  void server_told_not_to_listen_finds_such_jobs_at_its_poll() {
    try (TestDatabase.Handle db = TestDatabase.POSTGRES.create();
        Stoker server =
            Stoker.builder()
                .dataSource(db.dataSource())
                .pollInterval(Duration.ofMillis(200))
                .listenForNewJobs(false)
                .start();
        Stoker web = Stoker.builder().dataSource(db.dataSource()).withoutServer().start()) {
      JobId id = TestRecordJobs.using(web.client()).enqueue("polled");

      Await.until(
          "the job succeeded at a poll",
          () -> server.monitoring().job(id).orElseThrow().state() == JobState.SUCCEEDED);
    }
  }
}
