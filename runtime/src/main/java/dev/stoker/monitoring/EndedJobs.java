package dev.stoker.monitoring;

import java.time.Instant;

/**
 * How many jobs ended in one span of time (a minute, an hour, a day), from the counters the servers
 * write with the outcomes: they outlive the jobs, which retention removes.
 *
 * @param from when the span starts
 * @param succeeded jobs that succeeded
 * @param failed jobs that failed with no retries left
 * @param retried failed attempts that were scheduled to run again
 */
public record EndedJobs(Instant from, long succeeded, long failed, long retried) {}
