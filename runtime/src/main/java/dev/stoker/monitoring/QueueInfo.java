package dev.stoker.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A queue: how much waits on it, how long, who serves it, and whether a person paused it.
 *
 * @param name the queue's name
 * @param enqueued how many jobs are ready and waiting on it
 * @param processing how many of its jobs run now
 * @param oldestEnqueuedAt since when its longest-waiting job has been ready, or null if none waits
 * @param servers the running servers that serve it
 * @param workers how many workers those servers have in all
 * @param pause who paused it and when, or null while it runs
 */
public record QueueInfo(
    String name,
    long enqueued,
    long processing,
    Instant oldestEnqueuedAt,
    List<String> servers,
    int workers,
    QueuePause pause) {

  public QueueInfo {
    servers = List.copyOf(servers);
  }

  /** True if no server claims its jobs until it is resumed. */
  public boolean paused() {
    return pause != null;
  }

  /** How long its longest-waiting job has waited at {@code now}, or zero if none waits. */
  public Duration oldestWait(Instant now) {
    if (oldestEnqueuedAt == null || oldestEnqueuedAt.isAfter(now)) {
      return Duration.ZERO;
    }
    return Duration.between(oldestEnqueuedAt, now);
  }
}
