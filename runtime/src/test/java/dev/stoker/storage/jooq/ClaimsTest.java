package dev.stoker.storage.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.job.Parents;
import dev.stoker.storage.JobStore;
import dev.stoker.storage.NewJob;
import dev.stoker.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClaimsTest {

  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_claim_takes_no_more_jobs_than_asked_and_only_those_named(TestDatabase database) {
    try (TestDatabase.Handle db = database.create()) {
      new SchemaMigrator(db.dataSource(), database.dialect()).migrate();
      JobStore store =
          JooqJobStore.owningTransactions(DSL.using(db.dataSource(), database.dialect()));
      List<NewJob> jobs = new ArrayList<>();
      for (int i = 0; i < 500; i++) {
        jobs.add(job(i % 2 == 0 ? "mail.welcome" : "report.monthly"));
      }
      store.insert(jobs, NOW, false);

      var claimed = store.claim("server-1", "default", List.of("mail.welcome"), 8, NOW);

      assertThat(claimed)
          .hasSize(8)
          .allSatisfy(job -> assertThat(job.name()).isEqualTo("mail.welcome"));
      assertThat(store.counts().count(JobState.PROCESSING)).isEqualTo(8);
    }
  }

  private static NewJob job(String name) {
    return new NewJob(
        new JobId(UUID.randomUUID()),
        name,
        "default",
        0,
        JobState.ENQUEUED,
        "{}",
        0,
        NOW,
        NOW,
        "Enqueued",
        null,
        Parents.NONE);
  }
}
