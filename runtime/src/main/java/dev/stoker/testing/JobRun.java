package dev.stoker.testing;

import dev.stoker.JobId;

/**
 * One run of a job on the caller's thread, and how it ended.
 *
 * @param id the job's id
 * @param name the job's stable name
 * @param queue its queue
 * @param attempt the attempt's number
 * @param outcome how it ended
 * @param reason the reason its history gives, e.g. {@code "Retry 1 of 5: ..."}
 * @param exception what the job's code threw, or null if it threw nothing
 */
public record JobRun(
    JobId id,
    String name,
    String queue,
    int attempt,
    RunOutcome outcome,
    String reason,
    Throwable exception) {}
