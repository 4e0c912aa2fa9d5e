package dev.stoker.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.annotation.Misfire;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FirePlannerTest {

  private static final Instant THREE = Instant.parse("2026-03-02T03:00:00Z");
  private final FirePlanner planner = new FirePlanner();

  private static RecurringJobRow daily(Misfire misfire, Duration maxLag, Instant nextFireAt) {
    return new RecurringJobRow(
        "report",
        "test.record",
        "default",
        0,
        10,
        "0 3 * * *",
        "Z",
        "",
        "{}",
        misfire,
        maxLag,
        RecurringSource.CLIENT,
        nextFireAt,
        null,
        null,
        THREE,
        THREE);
  }

  @Test
  void a_fire_found_on_time_runs_and_the_next_one_is_tomorrow() {
    FirePlan plan = planner.plan(daily(Misfire.RUN_ONCE, null, THREE), THREE.plusSeconds(1));
    assertThat(plan.fireTimes()).containsExactly(THREE);
    assertThat(plan.nextFireAt()).isEqualTo(THREE.plus(Duration.ofDays(1)));
    assertThat(plan.missed()).isFalse();
  }

  @Test
  void after_three_days_down_the_missed_fires_run_once_as_the_latest() {
    Instant now = THREE.plus(Duration.ofDays(3)).plusSeconds(7200);
    FirePlan plan = planner.plan(daily(Misfire.RUN_ONCE, null, THREE), now);
    assertThat(plan.fireTimes()).containsExactly(THREE.plus(Duration.ofDays(3)));
    assertThat(plan.nextFireAt()).isEqualTo(THREE.plus(Duration.ofDays(4)));
    assertThat(plan.missed()).isTrue();
  }

  @Test
  void skip_leaves_out_the_missed_fires_but_not_one_on_time() {
    Instant now = THREE.plus(Duration.ofDays(3)).plusSeconds(7200);
    assertThat(planner.plan(daily(Misfire.SKIP, null, THREE), now).fireTimes()).isEmpty();
    assertThat(planner.plan(daily(Misfire.SKIP, null, THREE), THREE.plusSeconds(30)).fireTimes())
        .containsExactly(THREE);
  }

  @Test
  void max_lag_leaves_out_fires_later_than_it() {
    Instant twoHoursLate = THREE.plusSeconds(7200);
    assertThat(
            planner
                .plan(daily(Misfire.RUN_ONCE, Duration.ofHours(1), THREE), twoHoursLate)
                .fireTimes())
        .isEmpty();
    assertThat(
            planner
                .plan(daily(Misfire.RUN_ONCE, Duration.ofHours(3), THREE), twoHoursLate)
                .fireTimes())
        .containsExactly(THREE);
  }
}
