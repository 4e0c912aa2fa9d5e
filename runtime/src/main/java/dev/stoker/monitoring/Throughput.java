package dev.stoker.monitoring;

/**
 * How many jobs ended in a span of time.
 *
 * @param succeeded jobs that succeeded
 * @param failed jobs that failed with no retries left
 */
public record Throughput(long succeeded, long failed) {}
