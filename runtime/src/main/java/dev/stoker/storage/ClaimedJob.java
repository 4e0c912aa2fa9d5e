package dev.stoker.storage;

import dev.stoker.JobId;

/**
 * A job a server claimed to run.
 *
 * @param id its id
 * @param name the job's stable name, which selects the handler
 * @param queue its queue
 * @param arguments the stored arguments
 * @param attempt this attempt's number: the fence its outcome is recorded under
 * @param failureCount failures before this attempt
 * @param maxRetries retries allowed before it is FAILED
 */
public record ClaimedJob(
    JobId id,
    String name,
    String queue,
    String arguments,
    int attempt,
    int failureCount,
    int maxRetries) {}
