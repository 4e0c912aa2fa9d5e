package dev.stoker.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A queue: how much waits on it, how long, who serves it, and whether a person paused it.
 *
 * @param name the queue's name
 * @param enqueued how many jobs are ready and waiting on it, counted up to {@link
 *     Monitoring#COUNT_BOUND}: at most that many
 * @param enqueuedExact whether {@code enqueued} is exact, not cut at the bound
 * @param processing how many of its jobs run now
 * @param oldestEnqueuedAt since when its longest-waiting job has been ready, or null if none waits;
 *     past the bound, the longest-waiting of those counted (the next to be claimed)
 * @param servers the running servers that serve it
 * @param workers how many workers those servers have in all
 * @param pause who paused it and when, or null while it runs
 */
public record QueueInfo(
    String name,
    long enqueued,
    boolean enqueuedExact,
    long processing,
    Instant oldestEnqueuedAt,
    List<String> servers,
    int workers,
    QueuePause pause) {

  public QueueInfo {
    servers = List.copyOf(servers);
  }

  /** The enqueued jobs as people read them: "1,234", or "10,000+" at the bound. */
  public String enqueuedText() {
    return String.format(Locale.ROOT, "%,d", enqueued) + (enqueuedExact ? "" : "+");
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
