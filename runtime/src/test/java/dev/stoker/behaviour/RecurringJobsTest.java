package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.annotation.Misfire;
import dev.stoker.jobs.Executions;
import dev.stoker.jobs.TestRecordJobs;
import dev.stoker.monitoring.RecurringJobInfo;
import dev.stoker.recurring.RecurringSource;
import dev.stoker.schedule.Schedule;
import dev.stoker.testing.TestClock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Recurring jobs registered in code, fired on a test clock by {@code runDueJobs()}. */
class RecurringJobsTest extends DatabaseTest {

  private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Instant MONDAY = Instant.parse("2026-03-02T00:00:00Z");

  private final TestClock clock = new TestClock(MONDAY);

  private Stoker inline() {
    return closeAfter(
        Stoker.builder().dataSource(db.dataSource()).clock(clock).withoutServer().start());
  }

  @Test
  void recurring_job_runs_once_at_each_fire_time_with_its_arguments() {
    Stoker stoker = inline();
    TestRecordJobs.recurring("report-eu", "0 3 * * *", ISTANBUL).register(token);

    // 03:00 in Istanbul is 00:00 UTC.
    assertThat(runsEvery(stoker, Duration.ofMinutes(15), MONDAY.plus(Duration.ofDays(3)), token))
        .containsExactly(
            Instant.parse("2026-03-03T00:00:00Z"),
            Instant.parse("2026-03-04T00:00:00Z"),
            Instant.parse("2026-03-05T00:00:00Z"));
    RecurringJobInfo info = stoker.monitoring().recurringJob("report-eu").orElseThrow();
    assertThat(info.jobName()).isEqualTo("test.record");
    assertThat(info.source()).isEqualTo(RecurringSource.CLIENT);
    assertThat(info.cron()).isEqualTo("0 3 * * *");
    assertThat(info.zone()).isEqualTo("Europe/Istanbul");
    assertThat(info.arguments()).isEqualToIgnoringWhitespace("{\"token\":\"" + token + "\"}");
    assertThat(info.lastFireAt()).isEqualTo(Instant.parse("2026-03-05T00:00:00Z"));
    assertThat(info.lastJobState()).isEqualTo(JobState.SUCCEEDED);
    assertThat(info.nextFireTimes())
        .hasSize(5)
        .startsWith(Instant.parse("2026-03-06T00:00:00Z"), Instant.parse("2026-03-07T00:00:00Z"));
  }

  @Test
  void registering_an_id_again_updates_it_and_removing_it_stops_it() {
    Stoker stoker = inline();
    TestRecordJobs.recurring("report", "0 3 * * *", ZoneOffset.UTC).register(token);
    TestRecordJobs.recurring("report", "0 5 * * *", ZoneOffset.UTC).register(token);

    assertThat(stoker.monitoring().recurringJobs())
        .extracting(RecurringJobInfo::id)
        .containsOnlyOnce("report");
    assertThat(stoker.monitoring().recurringJob("report").orElseThrow().nextFireTimes())
        .first()
        .isEqualTo(Instant.parse("2026-03-02T05:00:00Z"));
    assertThat(runsEvery(stoker, Duration.ofHours(1), MONDAY.plus(Duration.ofHours(30)), token))
        .containsExactly(
            Instant.parse("2026-03-02T05:00:00Z"), Instant.parse("2026-03-03T05:00:00Z"));

    assertThat(TestRecordJobs.removeRecurring("report")).isTrue();
    assertThat(TestRecordJobs.removeRecurring("report")).isFalse();
    assertThat(stoker.monitoring().recurringJobs())
        .extracting(RecurringJobInfo::id)
        .doesNotContain("report");
    assertThat(runsEvery(stoker, Duration.ofHours(1), MONDAY.plus(Duration.ofDays(3)), token))
        .isEmpty();
  }

  @Test
  void registering_an_unchanged_schedule_again_keeps_the_fire_it_waits_for() {
    Stoker stoker = inline();
    TestRecordJobs.recurring("report", "0 3 * * *", ZoneOffset.UTC).register(token);
    clock.set(Instant.parse("2026-03-02T03:00:20Z"));
    // A restart registers it again just as its fire time has come: the fire still runs.
    TestRecordJobs.recurring("report", "0 3 * * *", ZoneOffset.UTC).register(token);

    stoker.runDueJobs();

    assertThat(Executions.count(token)).isEqualTo(1);
  }

  @Test
  void triggering_runs_it_now_besides_its_schedule() {
    Stoker stoker = inline();
    TestRecordJobs.recurring("report", Schedule.dailyAt(3, 0)).register(token);

    JobId id = TestRecordJobs.triggerRecurring("report");
    stoker.runDueJobs();

    assertThat(Executions.of(token)).singleElement().extracting(e -> e.job()).isEqualTo(id);
    RecurringJobInfo info = stoker.monitoring().recurringJob("report").orElseThrow();
    assertThat(info.lastJobId()).isEqualTo(id);
    assertThat(info.nextFireTimes()).first().isEqualTo(Instant.parse("2026-03-02T03:00:00Z"));
    assertThatThrownBy(() -> TestRecordJobs.triggerRecurring("no-such-report"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("There is no recurring job 'no-such-report' to trigger.");
  }

  @Test
  void after_downtime_the_missed_fires_run_once_by_default() {
    inline();
    TestRecordJobs.recurring("hourly", Schedule.cron("0 * * * *")).register(token);
    closeAfter(inline()).close(); // the servers go down

    clock.set(Instant.parse("2026-03-04T10:30:00Z")); // 58 fire times later
    Stoker restarted = inline();
    restarted.runDueJobs();

    assertThat(Executions.count(token)).isEqualTo(1);
    RecurringJobInfo info = restarted.monitoring().recurringJob("hourly").orElseThrow();
    assertThat(info.lastFireAt()).isEqualTo(Instant.parse("2026-03-04T10:00:00Z"));
    assertThat(info.nextFireTimes()).first().isEqualTo(Instant.parse("2026-03-04T11:00:00Z"));
  }

  @Test
  void skip_policy_leaves_out_missed_fires_and_waits_for_the_next() {
    Stoker stoker = inline();
    TestRecordJobs.recurring("hourly", Schedule.cron("0 * * * *"))
        .misfire(Misfire.SKIP)
        .register(token);

    clock.set(Instant.parse("2026-03-04T10:30:00Z"));
    stoker.runDueJobs();
    assertThat(Executions.count(token)).isZero();

    clock.set(Instant.parse("2026-03-04T11:00:05Z"));
    stoker.runDueJobs();
    assertThat(Executions.count(token)).isEqualTo(1);
  }

  @Test
  void max_lag_leaves_out_fires_found_later_than_it() {
    Stoker stoker = inline();
    TestRecordJobs.recurring("tight", Schedule.dailyAt(3, 0))
        .maxLag(Duration.ofHours(1))
        .register(token);
    TestRecordJobs.recurring("loose", Schedule.dailyAt(3, 0))
        .maxLag(Duration.ofHours(3))
        .register(token + "-loose");

    clock.set(Instant.parse("2026-03-02T05:00:00Z")); // both fires are two hours late
    stoker.runDueJobs();

    assertThat(Executions.count(token)).isZero();
    assertThat(Executions.count(token + "-loose")).isEqualTo(1);
  }

  @Test
  void a_0230_job_runs_once_on_the_spring_forward_and_the_fall_back_day() {
    Stoker stoker = inline();
    TestRecordJobs.recurring("night", "30 2 * * *", BERLIN).register(token);

    clock.set(Instant.parse("2026-03-28T12:00:00Z"));
    stoker.runDueJobs();
    assertThat(
            runsEvery(stoker, Duration.ofMinutes(15), Instant.parse("2026-03-30T12:00:00Z"), token))
        .containsExactly(
            Instant.parse("2026-03-29T01:30:00Z"), // 03:30 CEST: 02:30 never comes that night
            Instant.parse("2026-03-30T00:30:00Z"));

    clock.set(Instant.parse("2026-10-24T12:00:00Z"));
    stoker.runDueJobs(); // the fires of the months between are missed fires: one runs
    String fallBack = token + "-fall";
    TestRecordJobs.recurring("night", "30 2 * * *", BERLIN).register(fallBack);
    assertThat(
            runsEvery(
                stoker, Duration.ofMinutes(15), Instant.parse("2026-10-26T12:00:00Z"), fallBack))
        .containsExactly(
            Instant.parse("2026-10-25T00:30:00Z"), // 02:30 CEST, not again at 02:30 CET
            Instant.parse("2026-10-26T01:30:00Z"));
  }

  @Test
  void quartz_last_day_nearest_weekday_and_nth_weekday_fire_on_their_days() {
    Stoker stoker = inline();
    TestRecordJobs.recurring("last-day", Schedule.cron("0 8 L * *")).register(token + "-L");
    TestRecordJobs.recurring("weekday-near-15", Schedule.cron("0 8 15W * *"))
        .register(token + "-W");
    TestRecordJobs.recurring("third-friday", Schedule.cron("0 8 * * 5#3")).register(token + "-#");
    TestRecordJobs.recurring("last-friday", Schedule.cron("0 8 * * 5L")).register(token + "-5L");

    List<LocalDate> days = new ArrayList<>();
    List<List<LocalDate>> ran =
        List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    List<String> tokens = List.of(token + "-L", token + "-W", token + "-#", token + "-5L");
    for (LocalDate day = LocalDate.of(2026, 3, 2);
        day.isBefore(LocalDate.of(2026, 9, 1));
        day = day.plusDays(1)) {
      days.add(day);
      int[] before = tokens.stream().mapToInt(Executions::count).toArray();
      clock.set(day.atTime(8, 0, 30).toInstant(ZoneOffset.UTC));
      stoker.runDueJobs();
      for (int i = 0; i < tokens.size(); i++) {
        if (Executions.count(tokens.get(i)) > before[i]) {
          ran.get(i).add(day);
        }
      }
    }

    assertThat(ran.get(0))
        .isEqualTo(filter(days, d -> d.equals(d.with(TemporalAdjusters.lastDayOfMonth()))));
    assertThat(ran.get(1)).isEqualTo(filter(days, RecurringJobsTest::isWeekdayNearestThe15th));
    assertThat(ran.get(2))
        .isEqualTo(
            filter(
                days,
                d -> d.equals(d.with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.FRIDAY)))));
    assertThat(ran.get(3))
        .isEqualTo(
            filter(days, d -> d.equals(d.with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY)))));
  }

  @Test
  void weekday_mornings_except_the_last_friday_of_the_month_run_on_the_right_days_of_a_year() {
    clock.set(Instant.parse("2026-12-31T12:00:00Z"));
    Stoker stoker = inline();
    TestRecordJobs.recurring(
            "mornings", Schedule.cron("0 8 * * MON-FRI").except("* * * * 5L").in(BERLIN))
        .register(token);

    List<LocalDate> ran = new ArrayList<>();
    List<LocalDate> expected = new ArrayList<>();
    for (LocalDate day = LocalDate.of(2027, 1, 1); day.getYear() == 2027; day = day.plusDays(1)) {
      int before = Executions.count(token);
      clock.set(day.atTime(8, 0, 30).atZone(BERLIN).toInstant());
      stoker.runDueJobs();
      if (Executions.count(token) > before) {
        ran.add(day);
      }
      boolean weekday = day.getDayOfWeek().getValue() <= 5;
      if (weekday && !day.equals(day.with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY)))) {
        expected.add(day);
      }
    }

    assertThat(ran).hasSize(249).isEqualTo(expected);
  }

  @Test
  void fluent_schedule_fires_when_its_cron_does() {
    Stoker stoker = inline();
    TestRecordJobs.recurring("fluent", Schedule.weeklyOn(DayOfWeek.WEDNESDAY, 9, 30))
        .register(token);
    TestRecordJobs.recurring("cron", Schedule.cron("30 9 * * WED")).register(token + "-cron");

    Instant until = MONDAY.plus(Duration.ofDays(21));
    List<Instant> fluent = new ArrayList<>();
    List<Instant> cron = new ArrayList<>();
    for (Instant t = MONDAY; !t.isAfter(until); t = t.plus(Duration.ofMinutes(30))) {
      int fluentBefore = Executions.count(token);
      int cronBefore = Executions.count(token + "-cron");
      clock.set(t);
      stoker.runDueJobs();
      if (Executions.count(token) > fluentBefore) {
        fluent.add(t);
      }
      if (Executions.count(token + "-cron") > cronBefore) {
        cron.add(t);
      }
    }

    assertThat(fluent).hasSize(3).isEqualTo(cron);
    assertThat(stoker.monitoring().recurringJob("fluent").orElseThrow().cron())
        .isEqualTo("30 9 * * 3");
  }

  @Test
  void a_cron_that_is_not_valid_is_refused_when_registered() {
    inline();
    assertThatThrownBy(() -> TestRecordJobs.recurring("bad", "0 25 * * *", ZoneOffset.UTC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Failed to parse cron expression. Value 25 not in range [0, 23]");
  }

  /**
   * Moves the clock by steps to {@code until}, running due jobs at each; when each run happened.
   */
  private List<Instant> runsEvery(Stoker stoker, Duration step, Instant until, String token) {
    List<Instant> ranAt = new ArrayList<>();
    for (Instant t = clock.instant(); !t.isAfter(until); t = t.plus(step)) {
      clock.set(t);
      int before = Executions.count(token);
      stoker.runDueJobs();
      for (int i = before; i < Executions.count(token); i++) {
        ranAt.add(t);
      }
    }
    return ranAt;
  }

  private static List<LocalDate> filter(List<LocalDate> days, Predicate<LocalDate> keep) {
    return days.stream().filter(keep).toList();
  }

  private static boolean isWeekdayNearestThe15th(LocalDate day) {
    LocalDate fifteenth = day.withDayOfMonth(15);
    LocalDate nearest =
        switch (fifteenth.getDayOfWeek()) {
          case SATURDAY -> fifteenth.minusDays(1);
          case SUNDAY -> fifteenth.plusDays(1);
          default -> fifteenth;
        };
    return day.equals(nearest);
  }
}
