package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.RetryBackoff;
import dev.stoker.Stoker;
import dev.stoker.jobs.Executions;
import dev.stoker.jobs.TestTimedRetriesJobs;
import dev.stoker.jobs.TimedRetries;
import dev.stoker.monitoring.HistoryEntry;
import dev.stoker.monitoring.JobDetails;
import dev.stoker.testing.Await;
import dev.stoker.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The history of a job that fails twice and then succeeds on a running server, field by field: what
 * a person reads on the dashboard, and what a change to how outcomes are written must keep. Each
 * attempt takes three seconds on the test's clock, so every time is known to the instant.
 */
class RetriedJobHistoryTest extends DatabaseTest {

  private static final Duration EACH_ATTEMPT = Duration.ofSeconds(3);
  private static final Duration FIRST_BACKOFF = Duration.ofSeconds(10);

  private final TestClock clock = TestClock.atFixedMoment();

  @Test
  void each_attempt_has_its_start_and_end_server_reason_and_exception() {
    Stoker stoker =
        closeAfter(
            Stoker.builder()
                .dataSource(db.dataSource())
                .clock(clock)
                .retryBackoff(new RetryBackoff(FIRST_BACKOFF, 2, Duration.ofHours(1), 0))
                .register(new TimedRetries(clock, EACH_ATTEMPT))
                .pollInterval(Duration.ofMillis(50))
                .start());
    String server = stoker.serverId();
    Instant created = clock.instant();

    JobId id = TestTimedRetriesJobs.enqueue(token);
    Instant firstRetry = awaitRetry(stoker, id, 1);
    clock.set(firstRetry);
    Instant secondRetry = awaitRetry(stoker, id, 2);
    clock.set(secondRetry);
    Await.until("the job succeeded", () -> job(stoker, id).state() == JobState.SUCCEEDED);

    assertThat(firstRetry).isEqualTo(created.plus(EACH_ATTEMPT).plus(FIRST_BACKOFF));
    assertThat(secondRetry)
        .isEqualTo(firstRetry.plus(EACH_ATTEMPT).plus(FIRST_BACKOFF.multipliedBy(2)));
    List<HistoryEntry> history = job(stoker, id).history();
    assertThat(history).hasSize(9);
    assertThat(history.subList(0, 8))
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("exception")
        .containsExactly(
            entry(created, null, JobState.ENQUEUED, "Enqueued", null, 0),
            entry(created, JobState.ENQUEUED, JobState.PROCESSING, "Started, attempt 1", server, 1),
            entry(
                created.plus(EACH_ATTEMPT),
                JobState.PROCESSING,
                JobState.SCHEDULED,
                "Retry 1 of 2: IllegalStateException: attempt 1 of " + token + " fails",
                server,
                1),
            entry(
                firstRetry, JobState.SCHEDULED, JobState.ENQUEUED, "Its start time came", null, 1),
            entry(
                firstRetry,
                JobState.ENQUEUED,
                JobState.PROCESSING,
                "Started, attempt 2",
                server,
                2),
            entry(
                firstRetry.plus(EACH_ATTEMPT),
                JobState.PROCESSING,
                JobState.SCHEDULED,
                "Retry 2 of 2: IllegalStateException: attempt 2 of " + token + " fails",
                server,
                2),
            entry(
                secondRetry, JobState.SCHEDULED, JobState.ENQUEUED, "Its start time came", null, 2),
            entry(
                secondRetry,
                JobState.ENQUEUED,
                JobState.PROCESSING,
                "Started, attempt 3",
                server,
                3));
    HistoryEntry succeeded = history.getLast();
    assertThat(succeeded.at()).isEqualTo(secondRetry.plus(EACH_ATTEMPT));
    assertThat(succeeded.from()).isEqualTo(JobState.PROCESSING);
    assertThat(succeeded.to()).isEqualTo(JobState.SUCCEEDED);
    // The time the job's code took, measured on the server's own monotonic clock, not the test's.
    assertThat(succeeded.reason()).matches("Succeeded in [0-9]+ ms");
    assertThat(succeeded.serverId()).isEqualTo(server);
    assertThat(succeeded.attempt()).isEqualTo(3);
    for (int attempt : new int[] {1, 2}) {
      HistoryEntry failure =
          history.stream()
              .filter(entry -> entry.attempt() == attempt && entry.to() == JobState.SCHEDULED)
              .findFirst()
              .orElseThrow();
      assertThat(failure.exception().className()).isEqualTo("java.lang.IllegalStateException");
      assertThat(failure.exception().message())
          .isEqualTo("attempt " + attempt + " of " + token + " fails");
      assertThat(failure.exception().stackTrace())
          .startsWith("java.lang.IllegalStateException: attempt " + attempt + " of " + token)
          .contains("at dev.stoker.jobs.TimedRetries.failsTwice(");
    }
    assertThat(history)
        .filteredOn(entry -> entry.to() != JobState.SCHEDULED || entry.from() == null)
        .extracting(HistoryEntry::exception)
        .containsOnlyNulls();
    assertThat(Executions.of(token))
        .extracting(Executions.Execution::attempt)
        .containsExactly(1, 2, 3);
  }

  /** Waits until the attempt has failed and the job waits for its retry; the retry's time. */
  private Instant awaitRetry(Stoker stoker, JobId id, int failures) {
    Await.until(
        "attempt " + failures + " failed",
        () -> {
          JobDetails job = job(stoker, id);
          return job.failureCount() == failures && job.state() == JobState.SCHEDULED;
        });
    return job(stoker, id).runAt();
  }

  private static JobDetails job(Stoker stoker, JobId id) {
    return stoker.monitoring().job(id).orElseThrow();
  }

  private static HistoryEntry entry(
      Instant at, JobState from, JobState to, String reason, String server, int attempt) {
    return new HistoryEntry(at, from, to, reason, server, attempt, null);
  }
}
