package dev.stoker.test;

import static dev.stoker.test.StokerAssertions.assertEnqueued;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.monitoring.HistoryEntry;
import dev.stoker.test.jobs.KitDatabase;
import dev.stoker.test.jobs.KitFlakyJobs;
import dev.stoker.test.jobs.KitReminderJobs;
import dev.stoker.test.jobs.Mails;
import dev.stoker.test.jobs.NightlyReport;
import dev.stoker.test.jobs.Steps;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Delays, retries and recurring jobs, tested in milliseconds on a clock the test moves. */
@ParameterizedClass(name = "{0}")
@EnumSource(KitDatabase.class)
class TimeTest {

  @RegisterExtension final StokerExtension extension;

  @JobInstance final Mails mails = new Mails();
  @JobInstance final Steps steps = new Steps();

  TimeTest(KitDatabase database) {
    extension = database.extension();
  }

  private NightlyReport report;

  @BeforeEach
  void registerTheReport(TestStoker stoker) {
    report = new NightlyReport(stoker.clock());
    stoker.register(report);
  }

  @Test
  void delayed_job_runs_when_its_time_comes_not_before(TestStoker stoker) {
    Instant due = stoker.clock().instant().plus(Duration.ofMinutes(15));
    KitReminderJobs.schedule(Duration.ofMinutes(15), 42L, "your cart");
    assertEnqueued(KitReminderJobs.with(42L, "your cart").scheduledAt(due));

    assertThat(stoker.advance(Duration.ofMinutes(14)).total()).isZero();
    assertThat(mails.sent()).isEmpty();

    RunResult result = stoker.advance(Duration.ofMinutes(1));
    assertThat(result.succeeded()).isEqualTo(1);
    assertThat(mails.sent()).containsExactly("reminder 42: your cart");
    assertThat(stoker.clock().instant()).isEqualTo(due);
  }

  @Test
  void retries_play_out_with_their_backoff_as_the_clock_moves(TestStoker stoker) {
    steps.failing(2);
    Instant start = stoker.clock().instant();
    JobId id = KitFlakyJobs.enqueue("crm");

    RunResult result = stoker.advance(Duration.ofHours(1));

    assertThat(result.retried()).isEqualTo(2);
    assertThat(result.succeeded()).isEqualTo(1);
    assertThat(result.total()).isEqualTo(3);
    assertThat(steps.ran()).containsExactly("crm attempt 1", "crm attempt 2", "crm attempt 3");
    List<Instant> starts =
        stoker.monitoring().job(id).orElseThrow().history().stream()
            .filter(entry -> entry.to() == JobState.PROCESSING)
            .map(HistoryEntry::at)
            .toList();
    // The default backoff: 15 s, then 37.5 s, each with up to a quarter more as jitter.
    assertThat(starts.get(0)).isEqualTo(start);
    assertThat(Duration.between(starts.get(0), starts.get(1)))
        .isBetween(Duration.ofSeconds(15), Duration.ofMillis(18_750));
    assertThat(Duration.between(starts.get(1), starts.get(2)))
        .isBetween(Duration.ofMillis(37_500), Duration.ofMillis(46_875));
  }

  @Test
  void drain_advancing_the_clock_runs_retries_until_the_job_gives_up(TestStoker stoker) {
    steps.failing(10);
    KitFlakyJobs.enqueue("crm");

    RunResult result = stoker.drain(Drain.all().advancingClock());

    assertThat(result.retried()).isEqualTo(3);
    assertThat(result.failed()).isEqualTo(1);
    assertThat(result.runs().getLast().reason()).startsWith("Failed after 4 attempts");
  }

  @Test
  void nightly_cron_fires_at_three_in_istanbul_each_night_the_clock_passes(TestStoker stoker) {
    RunResult result = stoker.advance(Duration.ofDays(3));

    assertThat(result.succeeded()).isEqualTo(3);
    assertThat(report.runs())
        .containsExactly(
            Instant.parse("2026-03-02T00:00:00Z"),
            Instant.parse("2026-03-03T00:00:00Z"),
            Instant.parse("2026-03-04T00:00:00Z"));
  }
}
