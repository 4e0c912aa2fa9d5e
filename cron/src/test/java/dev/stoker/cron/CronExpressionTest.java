package dev.stoker.cron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CronExpressionTest {

  private static final LocalDateTime NEW_YEAR = LocalDateTime.parse("2026-01-01T00:00");

  @Test
  void five_fields_are_minute_hour_day_of_month_month_and_day_of_week() {
    assertThat(fires("0 3 * * *", NEW_YEAR, 2))
        .containsExactly("2026-01-01T03:00", "2026-01-02T03:00");
    assertThat(fires("30 8 * * MON-FRI", NEW_YEAR, 3))
        .containsExactly("2026-01-01T08:30", "2026-01-02T08:30", "2026-01-05T08:30");
  }

  @Test
  void a_sixth_field_in_front_counts_seconds() {
    assertThat(fires("15 0 3 * * *", NEW_YEAR, 1)).containsExactly("2026-01-01T03:00:15");
    assertThat(fires("*/20 * * * * *", NEW_YEAR, 3))
        .containsExactly("2026-01-01T00:00:20", "2026-01-01T00:00:40", "2026-01-01T00:01");
  }

  @Test
  void macros_stand_for_their_five_fields() {
    assertThat(fires("@daily", NEW_YEAR, 1)).containsExactly("2026-01-02T00:00");
    assertThat(fires("@hourly", NEW_YEAR, 1)).containsExactly("2026-01-01T01:00");
    assertThat(fires("@weekly", NEW_YEAR, 1)).containsExactly("2026-01-04T00:00");
    assertThat(fires("@monthly", NEW_YEAR, 1)).containsExactly("2026-02-01T00:00");
  }

  @Test
  void quartz_last_weekday_and_nth_forms_work_in_the_day_fields() {
    // The last Friday, the last day, the weekday nearest the 15th, the third Friday.
    assertThat(fires("0 8 * * 5L", NEW_YEAR, 2))
        .containsExactly("2026-01-30T08:00", "2026-02-27T08:00");
    assertThat(fires("0 8 * * FRIL", NEW_YEAR, 1)).containsExactly("2026-01-30T08:00");
    assertThat(fires("0 8 L * *", NEW_YEAR, 2))
        .containsExactly("2026-01-31T08:00", "2026-02-28T08:00");
    assertThat(fires("0 8 15W * *", NEW_YEAR, 2)) // 15 Feb 2026 is a Sunday
        .containsExactly("2026-01-15T08:00", "2026-02-16T08:00");
    assertThat(fires("0 8 * * 5#3", NEW_YEAR, 2))
        .containsExactly("2026-01-16T08:00", "2026-02-20T08:00");
    assertThat(fires("0 8 * * fri#3", NEW_YEAR, 1)).containsExactly("2026-01-16T08:00");
  }

  @Test
  void sunday_is_0_or_7() {
    assertThat(fires("0 8 * * 0", NEW_YEAR, 1)).isEqualTo(fires("0 8 * * 7", NEW_YEAR, 1));
    assertThat(fires("0 8 * * 0", NEW_YEAR, 1)).containsExactly("2026-01-04T08:00");
  }

  @Test
  void restricted_day_of_month_and_day_of_week_fire_on_either_as_in_unix() {
    // The 13th of each month, and every Friday.
    assertThat(fires("0 0 13 * FRI", NEW_YEAR, 4))
        .containsExactly(
            "2026-01-02T00:00", "2026-01-09T00:00", "2026-01-13T00:00", "2026-01-16T00:00");
  }

  @Test
  void the_next_fire_is_strictly_after_and_the_last_strictly_before() {
    CronExpression daily = CronExpression.parse("0 3 * * *");
    LocalDateTime three = LocalDateTime.parse("2026-01-05T03:00");
    assertThat(daily.nextAfter(three)).contains(three.plusDays(1));
    assertThat(daily.lastBefore(three)).contains(three.minusDays(1));
  }

  @Test
  void matches_the_minute_of_a_five_field_expression() {
    CronExpression lastFriday = CronExpression.parse("* * * * 5L");
    assertThat(lastFriday.matches(LocalDateTime.parse("2026-01-30T08:00:30"))).isTrue();
    assertThat(lastFriday.matches(LocalDateTime.parse("2026-01-23T08:00"))).isFalse();
  }

  @Test
  void an_expression_that_never_fires_has_no_next_fire() {
    assertThat(CronExpression.parse("0 0 31 2 *").nextAfter(NEW_YEAR)).isEmpty();
  }

  @Test
  void invalid_expressions_are_refused_with_the_parser_s_reason() {
    assertThatThrownBy(() -> CronExpression.parse("61 * * * *"))
        .isInstanceOf(InvalidCronException.class)
        .hasMessage("Failed to parse cron expression. Value 61 not in range [0, 59]");
    assertThatThrownBy(() -> CronExpression.parse("0 8 * * 8"))
        .hasMessage("Failed to parse cron expression. Value 8 not in range [0, 7]");
    assertThatThrownBy(() -> CronExpression.parse("* * * *"))
        .hasMessage(
            "it has 4 fields, but a cron expression has 5 (minute hour day-of-month month"
                + " day-of-week), 6 (seconds first) or is a macro such as @daily");
    assertThatThrownBy(() -> CronExpression.parse("@reboot"))
        .isInstanceOf(InvalidCronException.class);
    assertThatThrownBy(() -> CronExpression.parse("0 8 32 * *"))
        .isInstanceOf(InvalidCronException.class);
  }

  private static List<String> fires(String expression, LocalDateTime from, int count) {
    CronExpression cron = CronExpression.parse(expression);
    List<String> fires = new ArrayList<>();
    LocalDateTime time = from;
    for (int i = 0; i < count; i++) {
      time = cron.nextAfter(time).orElseThrow();
      fires.add(time.toString());
    }
    return fires;
  }
}
