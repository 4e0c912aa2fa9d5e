package dev.stoker.schedule;

import dev.stoker.cron.CronExpression;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a recurring job fires: a cron expression, the time zone it is read in (UTC unless given),
 * and optionally a second cron expression of the times it does not fire.
 *
 * <pre>{@code
 * Schedule.cron("0 3 * * *").in(ZoneId.of("Europe/Istanbul"))      // every night at 03:00
 * Schedule.cron("0 8 * * MON-FRI").except("* * * * 5L")             // weekday mornings, not the last Friday
 * Schedule.dailyAt(3, 0)                                             // the same as cron("0 3 * * *")
 * }</pre>
 *
 * <p>On daylight-saving days, each wall-clock fire time runs once: a time that the clocks skip runs
 * when they have moved on, shifted by the gap (02:30 on a spring-forward day runs at 03:30); a time
 * that comes twice runs in its first pass (02:30 on a fall-back day runs at 02:30 summer time, not
 * again an hour later). A schedule that runs several times an hour therefore pauses for the
 * repeated hour; give such schedules UTC, where nothing is skipped or repeated.
 */
public final class Schedule {

  /** How many fire times in a row {@code except} may exclude before the schedule counts as over. */
  private static final int MAX_EXCLUDED_IN_A_ROW = 100_000;

  /** UTC by the name people look for in a list of schedules, rather than "Z". */
  private static final ZoneId UTC = ZoneId.of("UTC");

  private final CronExpression cron;
  private final ZoneId zone;
  private final CronExpression except;
  private final WallClock wallClock;

  private Schedule(CronExpression cron, ZoneId zone, CronExpression except) {
    this.cron = cron;
    this.zone = zone;
    this.except = except;
    this.wallClock = new WallClock(zone);
  }

  /**
   * A cron schedule in UTC. Throws {@link dev.stoker.cron.InvalidCronException}, with the parser's
   * reason, if the expression is not valid.
   */
  public static Schedule cron(String expression) {
    return new Schedule(CronExpression.parse(expression), UTC, null);
  }

  /**
   * Every {@code minutes} minutes, on the hour and at each multiple after it; {@code minutes} must
   * divide the hour (1, 2, 3, 4, 5, 6, 10, 12, 15, 20 or 30).
   */
  public static Schedule everyMinutes(int minutes) {
    return cron(FluentCron.everyMinutes(minutes));
  }

  /** Every hour at the minute. */
  public static Schedule hourlyAt(int minute) {
    return cron(FluentCron.hourlyAt(minute));
  }

  /** Every day at the time. */
  public static Schedule dailyAt(int hour, int minute) {
    return cron(FluentCron.dailyAt(hour, minute));
  }

  /** Every week on the day, at the time. */
  public static Schedule weeklyOn(DayOfWeek day, int hour, int minute) {
    return cron(FluentCron.weeklyOn(day, hour, minute));
  }

  /** The same schedule, read in the zone. */
  public Schedule in(ZoneId zone) {
    return new Schedule(cron, Objects.requireNonNull(zone, "zone"), except);
  }

  /**
   * The same schedule without the fire times in a minute (a second, with six fields) that the
   * expression matches: {@code except("* * * * 5L")} leaves out the last Friday of every month.
   */
  public Schedule except(String expression) {
    return new Schedule(cron, zone, CronExpression.parse(expression));
  }

  /** The cron expression, as written. */
  public String cron() {
    return cron.expression();
  }

  /** The time zone the expressions are read in. */
  public ZoneId zone() {
    return zone;
  }

  /** The expression of the times left out, as written, or empty. */
  public String except() {
    return except == null ? "" : except.expression();
  }

  /** The first fire time strictly after the instant, if the schedule has one. */
  public Optional<Instant> nextAfter(Instant after) {
    // Fire times out of order by a gap lie within its length: look that far back and ahead.
    Duration disorder = wallClock.disorderNear(after);
    LocalDateTime cursor = wallClock.localTimeOf(after).minus(disorder);
    Instant best = null;
    LocalDateTime bestLocal = null;
    for (int excluded = 0; excluded < MAX_EXCLUDED_IN_A_ROW; ) {
      Optional<LocalDateTime> next = cron.nextAfter(cursor);
      if (next.isEmpty()) {
        break;
      }
      cursor = next.get();
      if (bestLocal != null && cursor.isAfter(bestLocal.plus(disorder))) {
        break;
      }
      if (isExcluded(cursor)) {
        excluded++;
        continue;
      }
      Instant at = wallClock.instantOf(cursor);
      if (at.isAfter(after) && (best == null || at.isBefore(best))) {
        best = at;
        bestLocal = cursor;
        disorder = wallClock.disorderNear(at);
      }
    }
    return Optional.ofNullable(best);
  }

  /** The last fire time at or before the instant, if the schedule has one. */
  public Optional<Instant> latestAtOrBefore(Instant atOrBefore) {
    Duration disorder = wallClock.disorderNear(atOrBefore);
    LocalDateTime cursor =
        wallClock.localTimeOf(atOrBefore).plus(disorder).withNano(0).plusSeconds(1);
    Instant best = null;
    LocalDateTime bestLocal = null;
    for (int excluded = 0; excluded < MAX_EXCLUDED_IN_A_ROW; ) {
      Optional<LocalDateTime> previous = cron.lastBefore(cursor);
      if (previous.isEmpty()) {
        break;
      }
      cursor = previous.get();
      if (bestLocal != null && cursor.isBefore(bestLocal.minus(disorder))) {
        break;
      }
      if (isExcluded(cursor)) {
        excluded++;
        continue;
      }
      Instant at = wallClock.instantOf(cursor);
      if (!at.isAfter(atOrBefore) && (best == null || at.isAfter(best))) {
        best = at;
        bestLocal = cursor;
        disorder = wallClock.disorderNear(at);
      }
    }
    return Optional.ofNullable(best);
  }

  /** The next {@code count} fire times after the instant (fewer if the schedule ends). */
  public List<Instant> next(int count, Instant after) {
    List<Instant> fires = new ArrayList<>();
    Instant time = after;
    while (fires.size() < count) {
      Optional<Instant> next = nextAfter(time);
      if (next.isEmpty()) {
        break;
      }
      time = next.get();
      fires.add(time);
    }
    return List.copyOf(fires);
  }

  private boolean isExcluded(LocalDateTime fireTime) {
    return except != null && except.matches(fireTime);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Schedule that
        && cron.equals(that.cron)
        && zone.equals(that.zone)
        && except().equals(that.except());
  }

  @Override
  public int hashCode() {
    return Objects.hash(cron, zone, except());
  }

  @Override
  public String toString() {
    return "'" + cron + "' in " + zone + (except == null ? "" : " except '" + except + "'");
  }
}
