package dev.stoker.client;

import dev.stoker.storage.Notifications;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lets a client notify the servers at most once per {@link Notifications#QUIET_PERIOD}. PostgreSQL
 * commits notifying transactions one at a time, so a notification per job would undo the grouping
 * of commits that concurrent enqueues enjoy; the servers look again a quiet period after each
 * notification, so no job waits for a poll.
 */
final class NotificationThrottle {

  private static final long QUIET_NANOS = Notifications.QUIET_PERIOD.toNanos();

  private final AtomicLong last = new AtomicLong(System.nanoTime() - QUIET_NANOS);

  /** True if this caller may notify now. */
  boolean tryAcquire() {
    long now = System.nanoTime();
    long previous = last.get();
    return now - previous >= QUIET_NANOS && last.compareAndSet(previous, now);
  }
}
