package dev.stoker.job;

import dev.stoker.annotation.Misfire;
import java.time.Duration;
import java.util.Objects;

/**
 * The recurring attributes of a {@code @Job}: its cron schedule, and what it does with fire times
 * it missed. Generated code creates one per job with a cron.
 *
 * @param cron the cron expression, empty if the job is not recurring
 * @param zone the time zone it is read in, empty for UTC
 * @param except a cron expression of the times it skips, or empty
 * @param misfire what it does with missed fire times
 * @param maxLag how late a fire time may still run, or null for no limit
 */
public record Recurrence(
    String cron, String zone, String except, Misfire misfire, Duration maxLag) {

  /** Not recurring. */
  public static final Recurrence NONE = new Recurrence("", "", "", Misfire.RUN_ONCE, null);

  public Recurrence {
    Objects.requireNonNull(cron, "cron");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(except, "except");
    Objects.requireNonNull(misfire, "misfire");
  }

  /** True if there is a cron schedule. */
  public boolean isRecurring() {
    return !cron.isEmpty();
  }
}
