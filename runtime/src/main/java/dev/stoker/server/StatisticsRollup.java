package dev.stoker.server;

import dev.stoker.storage.ServerStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the counts of ended jobs small: rows per minute become rows per hour once a day old, a
 * bounded batch per transaction, and rows past the statistics' retention go.
 */
final class StatisticsRollup {

  private static final Logger log = LoggerFactory.getLogger(StatisticsRollup.class);
  static final Duration PER_MINUTE_FOR = Duration.ofDays(1);
  static final int BATCH = 1000;

  private final ServerStore servers;
  private final Duration retention;
  private final Clock clock;

  StatisticsRollup(ServerStore servers, Duration retention, Clock clock) {
    this.servers = servers;
    this.retention = retention;
    this.clock = clock;
  }

  /** Rolls up one batch; true when there may be more. */
  boolean rollUpBatch() {
    Instant now = clock.instant();
    int rolled = servers.rollUpStatistics(now.minus(PER_MINUTE_FOR), now.minus(retention), BATCH);
    if (rolled > 0) {
      log.debug("Rolled up {} per-minute statistics rows into hours", rolled);
    }
    return rolled == BATCH;
  }
}
