package dev.stoker.monitoring;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.annotation.Misfire;
import dev.stoker.recurring.FireSkips;
import dev.stoker.recurring.RecurringSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A recurring job, as the monitoring API shows it.
 *
 * @param id its id
 * @param jobName the job it creates
 * @param source whether it is a {@code @Job}'s cron or was registered in code
 * @param cron its cron expression
 * @param zone the zone the cron is read in
 * @param except the cron expression of the times it skips, or empty
 * @param misfire what it does with missed fire times
 * @param maxLag how late a fire time may still run, or null for no limit
 * @param arguments the JSON arguments of the jobs it creates
 * @param lastFireAt when it last created a job, or null if it never did
 * @param lastJobId that job, or null
 * @param lastJobState that job's state now (its outcome, once it ended), or null if there is no
 *     such job any more
 * @param nextFireTimes its next fire times, soonest first (the first may be overdue while no server
 *     runs); empty when its schedule has no more
 * @param createdAt when it was added
 * @param updatedAt when it was last registered
 * @param skips the fires skipped because the previous run was still going (an exclusive job)
 */
public record RecurringJobInfo(
    String id,
    String jobName,
    RecurringSource source,
    String cron,
    String zone,
    String except,
    Misfire misfire,
    Duration maxLag,
    String arguments,
    Instant lastFireAt,
    JobId lastJobId,
    JobState lastJobState,
    List<Instant> nextFireTimes,
    Instant createdAt,
    Instant updatedAt,
    FireSkips skips) {}
