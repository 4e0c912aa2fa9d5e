package dev.stoker.client;

import dev.stoker.JobId;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * New job ids: version-7 UUIDs, whose leading bits are the creation time in milliseconds, so that
 * ids sort roughly by age and new rows land at the end of the primary-key index.
 */
public final class JobIds {

  private JobIds() {}

  /** A new id, created now by the clock. */
  public static JobId next(Clock clock) {
    long millis = clock.millis();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new JobId(new UUID(high, low));
  }
}
