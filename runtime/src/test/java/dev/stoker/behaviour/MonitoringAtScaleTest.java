package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.jobs.TestAccountJobs;
import dev.stoker.jobs.TestCriticalJobs;
import dev.stoker.jobs.TestFailsTwiceJobs;
import dev.stoker.jobs.TestNeverRetriedJobs;
import dev.stoker.jobs.TestRecordJobs;
import dev.stoker.monitoring.ArgumentMatch;
import dev.stoker.monitoring.BulkChange;
import dev.stoker.monitoring.BulkChanges;
import dev.stoker.monitoring.EndedJobs;
import dev.stoker.monitoring.JobFilter;
import dev.stoker.monitoring.JobSummary;
import dev.stoker.monitoring.Monitoring;
import dev.stoker.monitoring.QueueInfo;
import dev.stoker.monitoring.StateCounts;
import dev.stoker.monitoring.UnhandledJobs;
import dev.stoker.testing.Await;
import dev.stoker.testing.TestClock;
import dev.stoker.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What a dashboard over millions of jobs reads and does: counts cut at a bound, counts of ended
 * jobs that outlive the jobs, searches by an argument's value and by time, and bulk changes of
 * every job a filter selects.
 */
class MonitoringAtScaleTest extends DatabaseTest {

  private final TestClock clock = TestClock.atFixedMoment();

  private Stoker inline() {
    return closeAfter(
        Stoker.builder().dataSource(db.dataSource()).clock(clock).withoutServer().start());
  }

  private static List<JobId> ids(Stoker stoker, JobFilter filter) {
    return stoker.monitoring().jobs(filter.limit(500)).jobs().stream().map(JobSummary::id).toList();
  }

  /** More jobs on the default queue than a count tells exactly. */
  private void enqueuePastTheBound(Stoker stoker) {
    stoker
        .client()
        .batch(
            b -> {
              for (int i = 0; i < Monitoring.COUNT_BOUND + 5; i++) {
                TestRecordJobs.in(b).enqueue(token);
              }
            });
  }

  private static JobState state(Stoker stoker, JobId id) {
    return stoker.monitoring().job(id).orElseThrow().state();
  }

  @Test
  void counts_are_exact_below_the_bound_and_marked_past_it() {
    Stoker stoker = inline();
    enqueuePastTheBound(stoker);
    TestRecordJobs.schedule(Duration.ofHours(1), token);

    StateCounts counts = stoker.monitoring().stateCounts();

    assertThat(counts.count(JobState.ENQUEUED)).isEqualTo(Monitoring.COUNT_BOUND);
    assertThat(counts.exact(JobState.ENQUEUED)).isFalse();
    assertThat(counts.text(JobState.ENQUEUED)).isEqualTo("10,000+");
    assertThat(counts.count(JobState.SCHEDULED)).isEqualTo(1);
    assertThat(counts.text(JobState.SCHEDULED)).isEqualTo("1");
    assertThat(counts.text(JobState.FAILED)).isEqualTo("0");
    assertThat(stoker.monitoring().count(JobFilter.state(JobState.ENQUEUED), 100)).isEqualTo(100);
    assertThat(stoker.monitoring().count(JobFilter.state(JobState.SCHEDULED), 100)).isEqualTo(1);
  }

  @Test
  void queue_counts_are_exact_below_the_bound_and_marked_past_it() {
    Stoker stoker = inline();
    enqueuePastTheBound(stoker);
    TestCriticalJobs.enqueue(token);
    TestCriticalJobs.enqueue(token);

    List<QueueInfo> queues = stoker.monitoring().queues();

    assertThat(queues).extracting(QueueInfo::name).containsExactly("critical", "default");
    QueueInfo critical = queues.getFirst();
    assertThat(critical.enqueued()).isEqualTo(2);
    assertThat(critical.enqueuedExact()).isTrue();
    assertThat(critical.enqueuedText()).isEqualTo("2");
    assertThat(critical.oldestEnqueuedAt()).isEqualTo(clock.instant());
    QueueInfo busy = queues.getLast();
    assertThat(busy.enqueued()).isEqualTo(Monitoring.COUNT_BOUND);
    assertThat(busy.enqueuedExact()).isFalse();
    assertThat(busy.enqueuedText()).isEqualTo("10,000+");
    assertThat(busy.oldestEnqueuedAt()).isEqualTo(clock.instant());
    // No server runs: every waiting job is unhandled, counted among the first of its queue.
    assertThat(stoker.monitoring().unhandledJobs())
        .extracting(UnhandledJobs::jobName, UnhandledJobs::queue, UnhandledJobs::count)
        .containsExactly(
            tuple("test.critical", "critical", 2L),
            tuple("test.record", "default", Monitoring.COUNT_BOUND));
  }

  @Test
  void a_count_within_a_time_limit_is_exact_up_to_its_bound() {
    Stoker stoker = inline();
    for (int i = 0; i < 3; i++) {
      TestRecordJobs.enqueue(token);
    }

    assertThat(
            stoker
                .monitoring()
                .count(JobFilter.state(JobState.ENQUEUED), 100, Duration.ofMinutes(1)))
        .hasValue(3);
    assertThat(
            stoker.monitoring().count(JobFilter.state(JobState.ENQUEUED), 2, Duration.ofMinutes(1)))
        .hasValue(2);
  }

  @Test
  void a_count_the_database_cannot_finish_in_its_time_limit_is_cut() throws Exception {
    assumeTrue(database == TestDatabase.POSTGRES, "H2 has no lock that holds up a read");
    Stoker stoker = inline();
    TestRecordJobs.enqueue(token);
    try (Connection locker = db.dataSource().getConnection();
        Statement sql = locker.createStatement()) {
      locker.setAutoCommit(false);
      // The count waits for the lock: it cannot finish before its limit, however fast the machine.
      sql.execute("lock table stoker_job in access exclusive mode");

      assertThat(
              stoker
                  .monitoring()
                  .count(JobFilter.state(JobState.ENQUEUED), 100, Duration.ofMillis(100)))
          .isEmpty();
      locker.rollback();
    }
    assertThat(
            stoker
                .monitoring()
                .count(JobFilter.state(JobState.ENQUEUED), 100, Duration.ofMinutes(1)))
        .hasValue(1);
  }

  @Test
  void ended_jobs_are_counted_with_their_outcomes_and_outlive_retention() {
    Stoker stoker =
        closeAfter(
            quickServer(clock)
                .retention(Duration.ofDays(1))
                .statisticsRetention(Duration.ofDays(10))
                .start());
    Instant start = clock.instant();
    List<JobId> succeeded = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      succeeded.add(TestRecordJobs.enqueue(token));
    }
    JobId failed = TestNeverRetriedJobs.enqueue(token);
    JobId retried = TestFailsTwiceJobs.enqueue(token);
    // Its retries wait for their backoff: the clock moves them on.
    Await.until(
        "the jobs ended",
        () -> {
          clock.advance(Duration.ofSeconds(1));
          return state(stoker, retried) == JobState.SUCCEEDED
              && state(stoker, failed) == JobState.FAILED
              && succeeded.stream().allMatch(id -> state(stoker, id) == JobState.SUCCEEDED);
        });
    Instant end = clock.instant().plus(Duration.ofMinutes(1));
    EndedJobs perMinute = total(stoker.monitoring().ended(start, end, Duration.ofMinutes(1)));
    assertThat(perMinute)
        .as("per minute")
        .extracting(EndedJobs::succeeded, EndedJobs::failed, EndedJobs::retried)
        .containsExactly(4L, 1L, 2L);
    EndedJobs ofOne =
        total(
            stoker
                .monitoring()
                .ended(start, end, Duration.ofMinutes(1), "test.fails-twice", "default"));
    assertThat(ofOne.succeeded()).isEqualTo(1);
    assertThat(ofOne.retried()).isEqualTo(2);

    clock.advance(Duration.ofDays(2));
    Await.until(
        "retention removed the succeeded jobs",
        () -> stoker.monitoring().job(succeeded.getFirst()).isEmpty());
    Instant day = start.minus(Duration.ofDays(1));
    Instant later = clock.instant().plus(Duration.ofDays(1));
    Await.until(
        "the counts are rolled up into hours, and still all there",
        () -> {
          EndedJobs daily = total(stoker.monitoring().ended(day, later, Duration.ofDays(1)));
          return daily.succeeded() == 4 && daily.failed() == 1 && daily.retried() == 2;
        });
    assertThat(stoker.monitoring().ended(day, later, Duration.ofHours(1)))
        .as("one hour holds them all")
        .filteredOn(span -> span.succeeded() > 0)
        .hasSize(1);

    clock.advance(Duration.ofDays(10));
    Await.until(
        "the counts past their retention are removed",
        () -> total(stoker.monitoring().ended(day, later, Duration.ofDays(1))).succeeded() == 0);
  }

  private static EndedJobs total(List<EndedJobs> spans) {
    return new EndedJobs(
        spans.getFirst().from(),
        spans.stream().mapToLong(EndedJobs::succeeded).sum(),
        spans.stream().mapToLong(EndedJobs::failed).sum(),
        spans.stream().mapToLong(EndedJobs::retried).sum());
  }

  @Test
  void jobs_are_found_by_an_arguments_value_and_by_time_combined_with_other_filters() {
    Stoker stoker = inline();
    JobId fortyTwo = TestAccountJobs.enqueue(42L, token);
    clock.advance(Duration.ofHours(1));
    JobId fortyTwoLater = TestAccountJobs.enqueue(42L, token);
    JobId fourHundredTwenty = TestAccountJobs.enqueue(420L, token);
    JobId other = TestAccountJobs.enqueue(7L, "42");
    TestAccountJobs.schedule(Duration.ofHours(1), 42L, token);

    JobFilter userId42 = JobFilter.all().argument(ArgumentMatch.parse("userId = 42"));
    assertThat(ids(stoker, userId42.withState(JobState.ENQUEUED)))
        .containsExactly(fortyTwoLater, fortyTwo);
    assertThat(ids(stoker, userId42)).hasSize(3);
    assertThat(ids(stoker, JobFilter.all().argument(ArgumentMatch.parse("token = 42"))))
        .as("a bare number matches the string too")
        .containsExactly(other);
    assertThat(ids(stoker, JobFilter.all().argument(ArgumentMatch.parse("userId = \"42\""))))
        .as("a quoted value matches strings only")
        .isEmpty();
    assertThat(ids(stoker, JobFilter.all().argument(ArgumentMatch.parse("userId=420"))))
        .containsExactly(fourHundredTwenty);
    Instant hourAgo = clock.instant().minus(Duration.ofMinutes(30));
    assertThat(ids(stoker, userId42.withState(JobState.ENQUEUED).created(null, hourAgo)))
        .containsExactly(fortyTwo);
    assertThat(
            ids(
                stoker,
                userId42
                    .withState(JobState.ENQUEUED)
                    .created(hourAgo, clock.instant().plusMillis(1))))
        .containsExactly(fortyTwoLater);
    assertThat(stoker.monitoring().count(userId42, 100)).isEqualTo(3);
  }

  @Test
  void an_argument_search_written_wrong_says_how_to_write_it() {
    assertThatThrownBy(() -> ArgumentMatch.parse("userId"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name = value (such as userId = 42)");
    assertThatThrownBy(() -> ArgumentMatch.parse("user-id = 4"))
        .hasMessageContaining("names an argument");
  }

  @Test
  void a_bulk_requeue_changes_exactly_the_failed_jobs_the_filter_selects_as_its_actor() {
    Stoker stoker = inline();
    List<JobId> selected = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      selected.add(TestAccountJobs.enqueue(-1L, token));
    }
    JobId otherUser = TestAccountJobs.enqueue(-2L, token);
    JobId otherName = TestNeverRetriedJobs.enqueue(token);
    JobId succeeded = TestAccountJobs.enqueue(1L, token);
    stoker.runDueJobs();
    JobFilter filter =
        JobFilter.state(JobState.FAILED)
            .name("test.account")
            .argument(ArgumentMatch.parse("userId = -1"));

    BulkChange change =
        new BulkChanges(stoker.monitoring(), 3, Duration.ZERO)
            .start(BulkChange.Kind.REQUEUE, filter, stoker.client().as("alice"), "alice");
    Await.until("the bulk change ended", () -> change.status() != BulkChange.Status.RUNNING);

    assertThat(change.status()).isEqualTo(BulkChange.Status.DONE);
    assertThat(change.total()).isEqualTo(7);
    assertThat(change.changed()).isEqualTo(7);
    assertThat(selected).allMatch(id -> state(stoker, id) == JobState.ENQUEUED);
    assertThat(
            stoker.monitoring().job(selected.getFirst()).orElseThrow().history().getLast().reason())
        .isEqualTo("Requeued by alice");
    assertThat(state(stoker, otherUser)).isEqualTo(JobState.FAILED);
    assertThat(state(stoker, otherName)).isEqualTo(JobState.FAILED);
    assertThat(state(stoker, succeeded)).isEqualTo(JobState.SUCCEEDED);
  }

  @Test
  void a_cancelled_bulk_delete_stops_before_its_next_batch_and_says_how_far_it_got()
      throws InterruptedException {
    Stoker stoker = inline();
    List<JobId> failed = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      failed.add(TestNeverRetriedJobs.enqueue(token));
    }
    stoker.runDueJobs();
    BulkChanges bulk = new BulkChanges(stoker.monitoring(), 2, Duration.ofHours(1));

    BulkChange change =
        bulk.start(
            BulkChange.Kind.DELETE,
            JobFilter.state(JobState.FAILED),
            stoker.client().as("bob"),
            "bob");
    Await.until("the first batch is deleted", () -> change.changed() == 2);
    change.cancel();

    assertThat(change.awaitEnd(30, TimeUnit.SECONDS)).isTrue();
    assertThat(change.status()).isEqualTo(BulkChange.Status.CANCELLED);
    assertThat(change.changed()).isEqualTo(2);
    assertThat(bulk.find(change.id())).containsSame(change);
    assertThat(failed.stream().filter(id -> state(stoker, id) == JobState.DELETED))
        .as("the newest two, and no other")
        .containsExactlyInAnyOrderElementsOf(failed.reversed().subList(0, 2));
    assertThat(stoker.monitoring().count(JobFilter.state(JobState.FAILED), 100)).isEqualTo(4);
  }
}
