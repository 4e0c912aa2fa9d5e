package dev.stoker.behaviour;

import static dev.stoker.schema.Tables.STOKER_JOB;
import static dev.stoker.schema.Tables.STOKER_JOB_HISTORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.jobs.Executions;
import dev.stoker.jobs.Gates;
import dev.stoker.jobs.TestBlocksJobs;
import dev.stoker.jobs.TestGatedJobs;
import dev.stoker.jobs.TestRecordJobs;
import dev.stoker.jobs.TestReportsProgressJobs;
import dev.stoker.monitoring.HistoryEntry;
import dev.stoker.monitoring.JobDetails;
import dev.stoker.monitoring.JobFilter;
import dev.stoker.monitoring.JobSummary;
import dev.stoker.testing.Await;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * Each attempt stores one history row, written when it ends, and still reads as two entries, its
 * start and its end: while it runs, its start is read from the job's row; the attempt that succeeds
 * stores none, its job's row keeps it. An attempt whose start, or success, an older version stored
 * as a row reads that row, once.
 */
class AttemptHistoryTest extends DatabaseTest {

  private static final String OLDER_SERVER = "server-of-an-older-version";

  private Stoker server() {
    return closeAfter(quickServer(Clock.systemUTC()).start());
  }

  /** A quick server that takes another for dead once it has not beaten for the timeout. */
  private Stoker server(Duration serverTimeout) {
    return closeAfter(quickServer(Clock.systemUTC()).serverTimeout(serverTimeout).start());
  }

  private static JobDetails job(Stoker stoker, JobId id) {
    return stoker.monitoring().job(id).orElseThrow();
  }

  @Test
  void a_drained_job_stores_no_history_row_and_reads_its_creation_start_and_end()
      throws SQLException {
    Stoker stoker = server();
    String server = stoker.serverId();
    JobId id = TestRecordJobs.enqueue(token);

    Await.until("the job succeeded", () -> job(stoker, id).state() == JobState.SUCCEEDED);

    assertThat(StoredHistory.rows(db.dataSource(), id)).isZero();
    List<HistoryEntry> history = job(stoker, id).history();
    assertThat(history)
        .extracting(
            HistoryEntry::from,
            HistoryEntry::to,
            HistoryEntry::serverId,
            HistoryEntry::attempt,
            HistoryEntry::exception)
        .containsExactly(
            tuple(null, JobState.ENQUEUED, null, 0, null),
            tuple(JobState.ENQUEUED, JobState.PROCESSING, server, 1, null),
            tuple(JobState.PROCESSING, JobState.SUCCEEDED, server, 1, null));
    assertThat(history.get(1).reason()).isEqualTo("Started, attempt 1");
    assertThat(history.get(1).at()).isBetween(history.get(0).at(), history.get(2).at());
    assertThat(history.get(2).reason()).matches("Succeeded in [0-9]+ ms");
    assertThat(history.get(2).at()).isEqualTo(job(stoker, id).stateChangedAt());
    assertThat(lastReason(stoker, id, JobState.SUCCEEDED)).isEqualTo(history.get(2).reason());
    // The server is in its history; the job itself is run by none.
    assertThat(job(stoker, id).serverId()).isNull();
    assertThat(summary(stoker, id, JobState.SUCCEEDED).serverId()).isNull();
  }

  @Test
  void a_succeeded_attempts_start_reads_as_it_did_while_it_ran() throws SQLException {
    Stoker stoker = server();
    JobId id = TestReportsProgressJobs.enqueue(token);
    Await.until("the job started", () -> job(stoker, id).state() == JobState.PROCESSING);
    HistoryEntry start = job(stoker, id).history().getLast();

    Gates.open(token);
    Await.until("the job succeeded", () -> job(stoker, id).state() == JobState.SUCCEEDED);

    assertThat(StoredHistory.rows(db.dataSource(), id)).isZero();
    List<HistoryEntry> history = job(stoker, id).history();
    assertThat(history).hasSize(3);
    assertThat(history.get(1)).isEqualTo(start);
  }

  @Test
  void a_running_job_shows_its_start_read_from_its_row_and_keeps_it_when_it_fails()
      throws SQLException {
    Stoker stoker = server();
    JobId id = TestGatedJobs.enqueue(token);
    Await.until("attempt 1 started", () -> Executions.count(token) == 1);

    JobDetails running = job(stoker, id);
    assertThat(StoredHistory.rows(db.dataSource(), id)).isZero();
    HistoryEntry start = running.history().getLast();
    assertThat(start)
        .isEqualTo(
            new HistoryEntry(
                running.stateChangedAt(),
                JobState.ENQUEUED,
                JobState.PROCESSING,
                "Started, attempt 1",
                stoker.serverId(),
                1,
                null));
    assertThat(lastReason(stoker, id, JobState.PROCESSING)).isEqualTo("Started, attempt 1");

    Gates.open(token + "/1"); // attempt 1 then fails, with no retries left
    Await.until("the job failed", () -> job(stoker, id).state() == JobState.FAILED);

    assertThat(StoredHistory.rows(db.dataSource(), id)).isEqualTo(1);
    List<HistoryEntry> history = job(stoker, id).history();
    assertThat(history).hasSize(3);
    assertThat(history.get(1)).isEqualTo(start);
    assertThat(history.get(2).to()).isEqualTo(JobState.FAILED);
    assertThat(history.get(2).exception().message()).isEqualTo("attempt 1 ends late, and fails");
    assertThat(lastReason(stoker, id, JobState.FAILED)).isEqualTo(history.get(2).reason());
  }

  @Test
  void a_running_job_a_person_deletes_keeps_its_start() throws SQLException {
    Stoker stoker = server();
    JobId id = TestGatedJobs.enqueue(token);
    Await.until("attempt 1 started", () -> Executions.count(token) == 1);
    HistoryEntry start = job(stoker, id).history().getLast();

    stoker.client().delete(id);
    Gates.open(token + "/1"); // its late outcome is fenced off: nothing written
    Await.until(
        "attempt 1 ended",
        () -> Executions.of(token).stream().anyMatch(run -> run.value().equals("ended")));

    JobDetails deleted = job(stoker, id);
    assertThat(deleted.state()).isEqualTo(JobState.DELETED);
    assertThat(StoredHistory.rows(db.dataSource(), id)).isEqualTo(1);
    assertThat(deleted.history())
        .extracting(HistoryEntry::to)
        .containsExactly(JobState.ENQUEUED, JobState.PROCESSING, JobState.DELETED);
    assertThat(deleted.history().get(1)).isEqualTo(start);
  }

  @Test
  void a_job_handed_back_at_shutdown_and_run_again_shows_each_attempts_start_and_end()
      throws SQLException {
    Stoker first = quickServer(Clock.systemUTC()).shutdownGrace(Duration.ofMillis(200)).start();
    String firstServer = first.serverId();
    JobId id = TestBlocksJobs.enqueue(token);
    Await.until("the job started", () -> Executions.count(token) == 1);
    first.close();

    Stoker second = server();
    Await.until("the job started again", () -> Executions.count(token) == 2);
    second.client().delete(id); // asks attempt 2 to stop, and ends it

    assertThat(StoredHistory.rows(db.dataSource(), id)).isEqualTo(2);
    assertThat(job(second, id).history())
        .extracting(HistoryEntry::from, HistoryEntry::to, HistoryEntry::serverId)
        .containsExactly(
            tuple(null, JobState.ENQUEUED, null),
            tuple(JobState.ENQUEUED, JobState.PROCESSING, firstServer),
            tuple(JobState.PROCESSING, JobState.ENQUEUED, firstServer),
            tuple(JobState.ENQUEUED, JobState.PROCESSING, second.serverId()),
            tuple(JobState.PROCESSING, JobState.DELETED, null));
  }

  @Test
  void a_job_rescued_from_a_dead_server_shows_the_lost_attempts_start_and_its_hand_back()
      throws SQLException {
    // It claims attempt 1; the other server takes it for dead and hands that attempt back.
    Stoker paused = pausedServer();
    JobId id = TestGatedJobs.enqueue(token);
    Await.until("attempt 1 started", () -> Executions.count(token) == 1);
    HistoryEntry lostStart = job(paused, id).history().getLast();

    Stoker rescuer = server(Duration.ofMillis(300));
    Await.until("attempt 2 started", () -> Executions.count(token) == 2);
    Gates.open(token + "/2");
    Await.until("attempt 2 succeeded", () -> job(rescuer, id).state() == JobState.SUCCEEDED);
    Gates.open(token + "/1");
    paused.close(); // attempt 1's late failure is fenced off

    // Attempt 1's hand-back; attempt 2's success is kept by the job's row.
    assertThat(StoredHistory.rows(db.dataSource(), id)).isEqualTo(1);
    List<HistoryEntry> history = job(rescuer, id).history();
    assertThat(history)
        .extracting(
            HistoryEntry::from, HistoryEntry::to, HistoryEntry::serverId, HistoryEntry::attempt)
        .containsExactly(
            tuple(null, JobState.ENQUEUED, null, 0),
            tuple(JobState.ENQUEUED, JobState.PROCESSING, paused.serverId(), 1),
            tuple(JobState.PROCESSING, JobState.ENQUEUED, rescuer.serverId(), 1),
            tuple(JobState.ENQUEUED, JobState.PROCESSING, rescuer.serverId(), 2),
            tuple(JobState.PROCESSING, JobState.SUCCEEDED, rescuer.serverId(), 2));
    assertThat(history.get(1)).isEqualTo(lostStart);
    assertThat(history.get(2).reason())
        .startsWith("Server " + paused.serverId() + " stopped beating its heartbeat");
  }

  @Test
  void an_attempt_whose_start_was_stored_as_a_row_of_its_own_reads_it_once() throws SQLException {
    Stoker client =
        closeAfter(Stoker.builder().dataSource(db.dataSource()).withoutServer().start());
    JobId id = TestRecordJobs.enqueue(token);
    // As an older version claimed it: its row PROCESSING, and its start stored as a row.
    Instant claimedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    DSLContext dsl = DSL.using(db.dataSource(), database.dialect());
    setFirstAttempt(dsl, id, JobState.PROCESSING, claimedAt, OLDER_SERVER);
    var h = STOKER_JOB_HISTORY;
    dsl.insertInto(h, h.JOB_ID, h.AT, h.FROM_STATE, h.TO_STATE, h.REASON, h.SERVER_ID, h.ATTEMPT)
        .values(
            id.value(), claimedAt, "ENQUEUED", "PROCESSING", "Started, attempt 1", OLDER_SERVER, 1)
        .execute();
    HistoryEntry storedStart =
        new HistoryEntry(
            claimedAt,
            JobState.ENQUEUED,
            JobState.PROCESSING,
            "Started, attempt 1",
            OLDER_SERVER,
            1,
            null);

    assertThat(job(client, id).history())
        .containsExactly(
            new HistoryEntry(
                job(client, id).createdAt(), null, JobState.ENQUEUED, "Enqueued", null, 0, null),
            storedStart);

    // A server of this version finds the older one gone, hands its attempt back and runs it again.
    Stoker stoker = server(Duration.ofMillis(500));
    Await.until("the job succeeded", () -> job(stoker, id).state() == JobState.SUCCEEDED);

    assertThat(StoredHistory.rows(db.dataSource(), id)).isEqualTo(2);
    List<HistoryEntry> history = job(stoker, id).history();
    assertThat(history)
        .extracting(HistoryEntry::from, HistoryEntry::to, HistoryEntry::attempt)
        .containsExactly(
            tuple(null, JobState.ENQUEUED, 0),
            tuple(JobState.ENQUEUED, JobState.PROCESSING, 1),
            tuple(JobState.PROCESSING, JobState.ENQUEUED, 1),
            tuple(JobState.ENQUEUED, JobState.PROCESSING, 2),
            tuple(JobState.PROCESSING, JobState.SUCCEEDED, 2));
    assertThat(history.get(1)).isEqualTo(storedStart);
    assertThat(history.get(2).reason())
        .isEqualTo(
            "Server " + OLDER_SERVER + ", which ran it, is no longer registered: handed back");
  }

  @Test
  void a_success_stored_as_a_row_by_an_older_version_reads_as_before() throws SQLException {
    Stoker client =
        closeAfter(Stoker.builder().dataSource(db.dataSource()).withoutServer().start());
    JobId id = TestRecordJobs.enqueue(token);
    // As a version before 18 recorded a success: the job's row SUCCEEDED without the attempt's
    // start, and the attempt as a history row that keeps it.
    Instant startedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Instant succeededAt = startedAt.plusMillis(5);
    DSLContext dsl = DSL.using(db.dataSource(), database.dialect());
    setFirstAttempt(dsl, id, JobState.SUCCEEDED, succeededAt, null);
    var h = STOKER_JOB_HISTORY;
    dsl.insertInto(
            h,
            h.JOB_ID,
            h.AT,
            h.FROM_STATE,
            h.TO_STATE,
            h.REASON,
            h.SERVER_ID,
            h.ATTEMPT,
            h.STARTED_AT,
            h.STARTED_BY)
        .values(
            id.value(),
            succeededAt,
            "PROCESSING",
            "SUCCEEDED",
            "Succeeded in 5 ms",
            OLDER_SERVER,
            1,
            startedAt,
            OLDER_SERVER)
        .execute();

    assertThat(job(client, id).history())
        .containsExactly(
            new HistoryEntry(
                job(client, id).createdAt(), null, JobState.ENQUEUED, "Enqueued", null, 0, null),
            new HistoryEntry(
                startedAt,
                JobState.ENQUEUED,
                JobState.PROCESSING,
                "Started, attempt 1",
                OLDER_SERVER,
                1,
                null),
            new HistoryEntry(
                succeededAt,
                JobState.PROCESSING,
                JobState.SUCCEEDED,
                "Succeeded in 5 ms",
                OLDER_SERVER,
                1,
                null));
    assertThat(lastReason(client, id, JobState.SUCCEEDED)).isEqualTo("Succeeded in 5 ms");
  }

  /** Sets the job's row as an older version left it in its first attempt. */
  private static void setFirstAttempt(
      DSLContext dsl, JobId id, JobState state, Instant changedAt, String serverId) {
    dsl.update(STOKER_JOB)
        .set(STOKER_JOB.STATE, state.name())
        .set(STOKER_JOB.STATE_CHANGED_AT, changedAt)
        .set(STOKER_JOB.ATTEMPT, 1)
        .set(STOKER_JOB.SERVER_ID, serverId)
        .where(STOKER_JOB.ID.eq(id.value()))
        .execute();
  }

  private static String lastReason(Stoker stoker, JobId id, JobState state) {
    return summary(stoker, id, state).lastReason();
  }

  private static JobSummary summary(Stoker stoker, JobId id, JobState state) {
    return stoker.monitoring().jobs(JobFilter.state(state).limit(10)).jobs().stream()
        .filter(job -> job.id().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
