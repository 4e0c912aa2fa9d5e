package dev.stoker.monitoring;

/**
 * Enqueued jobs that no running server can run: none has a handler for them (a job added by a
 * deploy still rolling out, or removed from the code), or none serves their queue.
 *
 * @param jobName the jobs' name
 * @param queue their queue
 * @param count how many are waiting, among the first {@link Monitoring#COUNT_BOUND} of the queue
 * @param reason why no server takes them, in words
 */
public record UnhandledJobs(String jobName, String queue, long count, String reason) {}
