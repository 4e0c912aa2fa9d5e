package dev.stoker.recurring;

import dev.stoker.JobId;
import dev.stoker.annotation.Misfire;
import dev.stoker.schedule.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A recurring job as stored.
 *
 * @param id its id: the job's name for a {@code @Job}'s own cron, or the one given in code
 * @param jobName the job it creates
 * @param queue the queue of the jobs it creates
 * @param priority their priority
 * @param maxRetries their retries
 * @param cron the cron expression
 * @param zone the zone it is read in
 * @param except the cron expression of times it skips, or empty
 * @param arguments the JSON arguments of every job it creates
 * @param misfire what it does with missed fire times
 * @param maxLag how late a fire time may still run, or null
 * @param source where it comes from
 * @param nextFireAt its next fire time, or null if its schedule has none
 * @param lastFireAt when it last created a job, or null
 * @param lastJobId the last job it created, or null
 * @param createdAt when it was added
 * @param updatedAt when it was last changed
 */
public record RecurringJobRow(
    String id,
    String jobName,
    String queue,
    int priority,
    int maxRetries,
    String cron,
    String zone,
    String except,
    String arguments,
    Misfire misfire,
    Duration maxLag,
    RecurringSource source,
    Instant nextFireAt,
    Instant lastFireAt,
    JobId lastJobId,
    Instant createdAt,
    Instant updatedAt) {

  /** Its schedule, read from the stored cron, zone and exclusion. */
  public Schedule schedule() {
    Schedule schedule = Schedule.cron(cron).in(ZoneId.of(zone));
    return except.isEmpty() ? schedule : schedule.except(except);
  }

  /** True if the other row fires at the same times. */
  boolean hasScheduleOf(RecurringJobRow other) {
    return cron.equals(other.cron) && zone.equals(other.zone) && except.equals(other.except);
  }

  RecurringJobRow withNextFireAt(Instant next) {
    return new RecurringJobRow(
        id,
        jobName,
        queue,
        priority,
        maxRetries,
        cron,
        zone,
        except,
        arguments,
        misfire,
        maxLag,
        source,
        next,
        lastFireAt,
        lastJobId,
        createdAt,
        updatedAt);
  }

  RecurringJobRow keeping(RecurringJobRow existing) {
    return new RecurringJobRow(
        id,
        jobName,
        queue,
        priority,
        maxRetries,
        cron,
        zone,
        except,
        arguments,
        misfire,
        maxLag,
        source,
        nextFireAt,
        existing.lastFireAt,
        existing.lastJobId,
        existing.createdAt,
        updatedAt);
  }
}
