package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.jobs.TestRecordJobs;
import dev.stoker.monitoring.HistoryEntry;
import dev.stoker.monitoring.JobDetails;
import dev.stoker.monitoring.JobFilter;
import dev.stoker.monitoring.JobSummary;
import dev.stoker.testing.TestClock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The first history entry of a job, whether stored as a row (scheduled jobs, and every job stored
 * before enqueued jobs stopped writing theirs) or read from the job's own row (enqueued jobs).
 */
class CreationEntryTest extends DatabaseTest {

  private final TestClock clock = TestClock.atFixedMoment();

  private Stoker inline() {
    return closeAfter(
        Stoker.builder().dataSource(db.dataSource()).clock(clock).withoutServer().start());
  }

  @Test
  void an_enqueued_job_stores_no_creation_row_and_its_history_still_starts_with_it()
      throws SQLException {
    Stoker stoker = inline();
    JobId id = TestRecordJobs.enqueue(token);

    JobDetails job = stoker.monitoring().job(id).orElseThrow();

    assertThat(job.history())
        .containsExactly(
            new HistoryEntry(clock.instant(), null, JobState.ENQUEUED, "Enqueued", null, 0, null));
    assertThat(storedEntries(id)).isZero();
    assertThat(summary(stoker, id).lastReason()).isEqualTo("Enqueued");
  }

  @Test
  void a_batch_members_creation_names_its_batch() {
    Stoker stoker = inline();
    AtomicReference<JobId> member = new AtomicReference<>();
    BatchId batch = stoker.client().batch(b -> member.set(TestRecordJobs.in(b).enqueue(token)));

    HistoryEntry created = stoker.monitoring().job(member.get()).orElseThrow().history().getFirst();

    assertThat(created.reason()).isEqualTo("Enqueued in batch " + batch);
    assertThat(created.to()).isEqualTo(JobState.ENQUEUED);
    assertThat(created.from()).isNull();
  }

  @Test
  void a_scheduled_job_keeps_its_creation_row() throws SQLException {
    Stoker stoker = inline();
    JobId id = TestRecordJobs.schedule(Duration.ofMinutes(10), token);

    List<HistoryEntry> history = stoker.monitoring().job(id).orElseThrow().history();

    assertThat(history).hasSize(1);
    assertThat(history.getFirst().to()).isEqualTo(JobState.SCHEDULED);
    assertThat(history.getFirst().reason()).startsWith("Scheduled for ");
    assertThat(storedEntries(id)).isEqualTo(1);
  }

  @Test
  void a_job_stored_with_its_creation_row_reads_it_once() throws SQLException {
    Stoker stoker = inline();
    JobId id = TestRecordJobs.enqueue(token);
    // As every enqueued job was stored before: its creation as a row of its own.
    try (Connection connection = db.dataSource().getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into stoker_job_history (job_id, at, from_state, to_state, reason, attempt)"
                    + " values (?, ?, null, 'ENQUEUED', 'Enqueued by an older version', 0)")) {
      insert.setObject(1, id.value());
      insert.setTimestamp(2, Timestamp.from(clock.instant()));
      insert.executeUpdate();
    }

    List<HistoryEntry> history = stoker.monitoring().job(id).orElseThrow().history();

    assertThat(history)
        .extracting(HistoryEntry::reason)
        .containsExactly("Enqueued by an older version");
    assertThat(summary(stoker, id).lastReason()).isEqualTo("Enqueued by an older version");
  }

  private JobSummary summary(Stoker stoker, JobId id) {
    return stoker.monitoring().jobs(JobFilter.state(JobState.ENQUEUED).limit(10)).jobs().stream()
        .filter(job -> job.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private int storedEntries(JobId id) throws SQLException {
    return StoredHistory.rows(db.dataSource(), id);
  }
}
