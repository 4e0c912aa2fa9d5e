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
      settleIntoPoll(server);

      for (int i = 0; i < 5; i++) {
        JobId id = TestRecordJobs.using(web.client()).enqueue("from another client " + i);

        awaitSucceededBeforePoll(server, id);
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
      settleIntoPoll(server);

      List<JobId> ids = new ArrayList<>();
      web.client()
          .batch(
              batch -> {
                for (int i = 0; i < 3; i++) {
                  ids.add(TestRecordJobs.using(web.client()).in(batch).enqueue("in a batch " + i));
                }
              });

      for (JobId id : ids) {
        awaitSucceededBeforePoll(server, id);
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

  /** Runs one job, so that the server has settled into its poll before the job that counts. */
  private static void settleIntoPoll(Stoker server) {
    TestRecordJobs.using(server.client()).enqueue("warm-up");
    Await.until(
        "the server is idle", () -> server.monitoring().counts().count(JobState.SUCCEEDED) == 1);
  }

  private static void awaitSucceededBeforePoll(Stoker server, JobId id) {
    Await.until(
        "the job created elsewhere succeeded, long before the next poll",
        Duration.ofSeconds(30),
        () -> server.monitoring().job(id).orElseThrow().state() == JobState.SUCCEEDED);
  }
}
