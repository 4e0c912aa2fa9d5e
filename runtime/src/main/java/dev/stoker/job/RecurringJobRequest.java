package dev.stoker.job;

import dev.stoker.annotation.Misfire;
import dev.stoker.schedule.Schedule;
import java.time.Duration;
import java.util.Objects;

/**
 * A recurring job to add, or to update under its id: the job, its schedule, what it does with fire
 * times it missed, and the arguments every fire runs it with.
 *
 * @param id the recurring job's id, unique among recurring jobs
 * @param job the job it runs
 * @param schedule when it fires
 * @param misfire what it does with missed fire times
 * @param maxLag how late a fire time may still run, or null for no limit
 * @param arguments the arguments of every job it creates
 */
public record RecurringJobRequest(
    String id,
    JobDefinition job,
    Schedule schedule,
    Misfire misfire,
    Duration maxLag,
    JobArguments arguments) {

  public RecurringJobRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(misfire, "misfire");
    Objects.requireNonNull(arguments, "arguments");
    if (maxLag != null && (maxLag.isNegative() || maxLag.isZero())) {
      throw new IllegalArgumentException(
          "The max lag of recurring job '" + id + "' must be positive, not " + maxLag);
    }
  }
}
