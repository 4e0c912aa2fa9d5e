package dev.stoker.client;

import dev.stoker.JobId;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * New job ids: version-7 UUIDs, whose leading bits are the creation time in milliseconds followed
 * by a counter, so that ids sort by age and new rows land at the end of the primary-key index.
 * Within one JVM each id sorts after the one before, even in the same millisecond: jobs of equal
 * priority are claimed in the order they were enqueued.
 */
public final class JobIds {

  private static final int COUNTER_BITS = 12;

  // The last id's milliseconds and counter, as (millis << COUNTER_BITS) | counter.
  private static final AtomicLong last = new AtomicLong();

  private JobIds() {}

  /** A new id, created now by the clock. */
  public static JobId next(Clock clock) {
    long now = clock.millis() << COUNTER_BITS;
    // A full counter runs on into the next millisecond; a clock set back keeps counting.
    long stamp = last.updateAndGet(previous -> Math.max(previous + 1, now));
    long millis = stamp >>> COUNTER_BITS;
    long counter = stamp & ((1L << COUNTER_BITS) - 1);
    long high = (millis << 16) | 0x7000L | counter;
    long low = (ThreadLocalRandom.current().nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new JobId(new UUID(high, low));
  }
}
