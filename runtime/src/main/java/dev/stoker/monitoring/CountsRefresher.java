package dev.stoker.monitoring;

import dev.stoker.storage.MonitoringStore;
import java.time.Clock;
import java.time.Duration;

/**
 * The bounded counts of one Stoker, shared by every reader: taken again at most once per interval,
 * by whichever reader first finds them stale while the others wait for that one result. Twenty open
 * dashboards count as often as one.
 */
final class CountsRefresher {

  private final MonitoringStore store;
  private final Clock clock;
  private final long bound;
  private final long intervalNanos;
  private StateCounts latest;
  private long takenAtNanos;

  CountsRefresher(MonitoringStore store, Clock clock, long bound, Duration interval) {
    this.store = store;
    this.clock = clock;
    this.bound = bound;
    this.intervalNanos = interval.toNanos();
  }

  synchronized StateCounts get() {
    long now = System.nanoTime();
    if (latest == null || now - takenAtNanos >= intervalNanos) {
      latest = store.stateCounts(bound, clock.instant());
      takenAtNanos = System.nanoTime();
    }
    return latest;
  }
}
