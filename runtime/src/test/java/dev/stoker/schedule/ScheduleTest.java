package dev.stoker.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void a_0230_job_runs_once_on_the_spring_forward_day_when_the_clocks_have_moved_on() {
    Schedule schedule = Schedule.cron("30 2 * * *").in(BERLIN);
    // 29 March 2026: 02:00 CET jumps to 03:00 CEST, so 02:30 runs at 03:30 CEST.
    assertThat(schedule.next(3, Instant.parse("2026-03-28T00:00:00Z")))
        .containsExactly(
            Instant.parse("2026-03-28T01:30:00Z"), // 02:30 CET
            Instant.parse("2026-03-29T01:30:00Z"), // 03:30 CEST
            Instant.parse("2026-03-30T00:30:00Z")); // 02:30 CEST
  }

  @Test
  void a_0230_job_runs_once_on_the_fall_back_day_in_the_first_pass_of_the_repeated_hour() {
    Schedule schedule = Schedule.cron("30 2 * * *").in(BERLIN);
    // 25 October 2026: 03:00 CEST falls back to 02:00 CET, so 02:30 comes twice.
    assertThat(schedule.next(3, Instant.parse("2026-10-24T00:00:00Z")))
        .containsExactly(
            Instant.parse("2026-10-24T00:30:00Z"), // 02:30 CEST
            Instant.parse("2026-10-25T00:30:00Z"), // 02:30 CEST, not again at 02:30 CET
            Instant.parse("2026-10-26T01:30:00Z")); // 02:30 CET
  }

  @Test
  void new_york_follows_the_same_policy() {
    // 8 March 2026: 02:00 EST jumps to 03:00 EDT; 1 November: 02:00 EDT falls back to 01:00 EST.
    assertThat(
            Schedule.cron("30 2 * * *")
                .in(NEW_YORK)
                .nextAfter(Instant.parse("2026-03-08T05:00:00Z")))
        .contains(Instant.parse("2026-03-08T07:30:00Z")); // 03:30 EDT
    assertThat(
            Schedule.cron("30 1 * * *").in(NEW_YORK).next(2, Instant.parse("2026-11-01T04:00:00Z")))
        .containsExactly(
            Instant.parse("2026-11-01T05:30:00Z"), // 01:30 EDT, once
            Instant.parse("2026-11-02T06:30:00Z")); // 01:30 EST the next day
  }

  @Test
  void a_frequent_job_keeps_its_pace_over_the_gap_and_pauses_for_the_repeated_hour() {
    Schedule everyHalfHour = Schedule.cron("*/30 * * * *").in(BERLIN);
    assertThat(everyHalfHour.next(4, Instant.parse("2026-03-29T00:15:00Z")))
        .containsExactly(
            Instant.parse("2026-03-29T00:30:00Z"),
            Instant.parse("2026-03-29T01:00:00Z"),
            Instant.parse("2026-03-29T01:30:00Z"),
            Instant.parse("2026-03-29T02:00:00Z"));
    assertThat(everyHalfHour.next(3, Instant.parse("2026-10-24T23:45:00Z")))
        .containsExactly(
            Instant.parse("2026-10-25T00:00:00Z"), // 02:00 CEST
            Instant.parse("2026-10-25T00:30:00Z"), // 02:30 CEST
            Instant.parse("2026-10-25T02:00:00Z")); // 03:00 CET
  }

  @Test
  void the_latest_fire_time_follows_the_same_policy() {
    Schedule schedule = Schedule.cron("30 2 * * *").in(BERLIN);
    assertThat(schedule.latestAtOrBefore(Instant.parse("2026-03-29T01:30:00Z")))
        .contains(Instant.parse("2026-03-29T01:30:00Z"));
    assertThat(schedule.latestAtOrBefore(Instant.parse("2026-03-29T01:29:59Z")))
        .contains(Instant.parse("2026-03-28T01:30:00Z"));
    assertThat(schedule.latestAtOrBefore(Instant.parse("2026-10-25T01:45:00Z")))
        .contains(Instant.parse("2026-10-25T00:30:00Z"));
  }

  @Test
  void weekday_mornings_except_the_last_friday_of_the_month_over_a_whole_year() {
    Schedule schedule = Schedule.cron("0 8 * * MON-FRI").except("* * * * 5L").in(BERLIN);
    List<Instant> expected = new ArrayList<>();
    for (LocalDate day = LocalDate.of(2027, 1, 1); day.getYear() == 2027; day = day.plusDays(1)) {
      boolean weekday = day.getDayOfWeek().getValue() <= 5;
      boolean lastFriday = day.equals(day.with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY)));
      if (weekday && !lastFriday) {
        expected.add(day.atTime(8, 0).atZone(BERLIN).toInstant());
      }
    }
    Instant newYear = LocalDate.of(2027, 1, 1).atStartOfDay(BERLIN).toInstant();
    assertThat(schedule.next(expected.size() + 1, newYear))
        .startsWith(expected.toArray(Instant[]::new))
        .last()
        .isEqualTo(LocalDate.of(2028, 1, 3).atTime(8, 0).atZone(BERLIN).toInstant());
    assertThat(expected).hasSize(261 - 12);
  }

  @Test
  void fluent_schedules_are_the_cron_schedules_they_read_as() {
    Instant from = Instant.parse("2026-01-01T00:00:00Z");
    assertSameFires(Schedule.everyMinutes(15), "*/15 * * * *", from);
    assertSameFires(Schedule.everyMinutes(1), "* * * * *", from);
    assertSameFires(Schedule.hourlyAt(20), "20 * * * *", from);
    assertSameFires(Schedule.dailyAt(3, 0), "0 3 * * *", from);
    assertSameFires(Schedule.weeklyOn(DayOfWeek.MONDAY, 9, 30), "30 9 * * MON", from);
    assertSameFires(Schedule.weeklyOn(DayOfWeek.SUNDAY, 18, 0), "0 18 * * SUN", from);
    assertThat(Schedule.dailyAt(3, 0).in(BERLIN)).isEqualTo(Schedule.cron("0 3 * * *").in(BERLIN));
  }

  @Test
  void fluent_intervals_that_do_not_divide_the_hour_are_refused() {
    assertThatThrownBy(() -> Schedule.everyMinutes(7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Every 7 minutes does not divide the hour");
    assertThatThrownBy(() -> Schedule.dailyAt(24, 0))
        .hasMessage("The hour must be between 0 and 23, not 24.");
  }

  private static void assertSameFires(Schedule fluent, String cron, Instant from) {
    assertThat(fluent.next(200, from)).isEqualTo(Schedule.cron(cron).next(200, from));
  }
}
