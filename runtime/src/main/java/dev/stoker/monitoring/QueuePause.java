package dev.stoker.monitoring;

import java.time.Instant;

/**
 * A paused queue: no server claims its jobs, which stay ENQUEUED until it is resumed.
 *
 * @param queue the queue
 * @param pausedBy who paused it
 * @param pausedAt when
 */
public record QueuePause(String queue, String pausedBy, Instant pausedAt) {}
