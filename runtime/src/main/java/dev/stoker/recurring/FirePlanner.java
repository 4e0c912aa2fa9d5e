package dev.stoker.recurring;

import dev.stoker.annotation.Misfire;
import dev.stoker.schedule.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides which fire times of a due recurring job run now. A fire time found within a minute is on
 * time and runs; one found later was missed (no server ran, or the database was away): with {@link
 * Misfire#RUN_ONCE} the latest missed fire time runs, once, however many were missed; with {@link
 * Misfire#SKIP} none does. A maximum lag, when set, leaves out every fire time later than it.
 */
public final class FirePlanner {

  /** How late a fire time may be found and still count as on time, as in Quartz. */
  public static final Duration ON_TIME = Duration.ofMinutes(1);

  /** A cron with seconds fires at most 60 times in the minute that is on time. */
  private static final int MAX_ON_TIME_FIRES = 60;

  /** The plan for the row, whose next fire time has come, at {@code now}. */
  public FirePlan plan(RecurringJobRow row, Instant now) {
    Schedule schedule = row.schedule();
    Instant first = row.nextFireAt();
    Instant onTimeFrom = now.minus(ON_TIME);
    List<Instant> fires = new ArrayList<>();
    boolean missed = first.isBefore(onTimeFrom);
    if (missed && row.misfire() == Misfire.RUN_ONCE) {
      schedule
          .latestAtOrBefore(onTimeFrom.minusNanos(1))
          .filter(latest -> !latest.isBefore(first))
          .ifPresent(fires::add);
    }
    Optional<Instant> onTime =
        missed ? schedule.nextAfter(onTimeFrom.minusNanos(1)) : Optional.of(first);
    while (onTime.isPresent() && !onTime.get().isAfter(now) && fires.size() < MAX_ON_TIME_FIRES) {
      fires.add(onTime.get());
      onTime = schedule.nextAfter(onTime.get());
    }
    Duration maxLag = row.maxLag();
    if (maxLag != null) {
      fires.removeIf(fire -> Duration.between(fire, now).compareTo(maxLag) > 0);
    }
    return new FirePlan(fires, schedule.nextAfter(now).orElse(null), missed);
  }
}
