package dev.stoker.storage.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.job.Parents;
import dev.stoker.storage.NewJob;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RetentionBatchesTest {

  private static final Instant DAY_ONE = Instant.parse("2026-03-01T00:00:00Z");

  @Test
  void expired_jobs_are_removed_a_bounded_batch_at_a_time_and_failed_ones_stay() {
    try (Databases.Database db = Databases.inMemoryH2()) {
      new SchemaMigrator(db.dataSource(), db.dialect()).migrate();
      List<NewJob> jobs = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        jobs.add(job(JobState.SUCCEEDED));
      }
      jobs.add(job(JobState.DELETED));
      jobs.add(job(JobState.FAILED));
      JooqJobStore.owningTransactions(db.dsl()).insert(jobs, DAY_ONE, false);
      JooqServerStore servers = new JooqServerStore(db.dsl());

      Instant expiredBefore = DAY_ONE.plusSeconds(1);
      assertThat(servers.removeExpiredJobs(expiredBefore, 4)).isEqualTo(4);
      assertThat(servers.removeExpiredJobs(expiredBefore, 4)).isEqualTo(2);
      assertThat(servers.removeExpiredJobs(expiredBefore, 4)).isZero();
      assertThat(JooqJobStore.owningTransactions(db.dsl()).counts().byState())
          .containsEntry(JobState.FAILED, 1L)
          .containsEntry(JobState.SUCCEEDED, 0L)
          .containsEntry(JobState.DELETED, 0L);
    }
  }

  private static NewJob job(JobState state) {
    return new NewJob(
        new JobId(UUID.randomUUID()),
        "test.record",
        "default",
        0,
        state,
        "{}",
        0,
        DAY_ONE,
        DAY_ONE,
        "Stored " + state,
        null,
        Parents.NONE);
  }
}
