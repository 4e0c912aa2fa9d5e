package dev.stoker.server;

import dev.stoker.storage.ServerStore;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes SUCCEEDED and DELETED jobs older than the retention, a bounded batch per transaction so
 * that no removal holds many locks or runs long. FAILED jobs stay until a person acts.
 */
final class ExpiredJobsRemover {

  private static final Logger log = LoggerFactory.getLogger(ExpiredJobsRemover.class);
  static final int BATCH = 500;

  private final ServerStore servers;
  private final Duration retention;
  private final Clock clock;

  ExpiredJobsRemover(ServerStore servers, Duration retention, Clock clock) {
    this.servers = servers;
    this.retention = retention;
    this.clock = clock;
  }

  /** Removes one batch; true when there may be more, to remove at once. */
  boolean removeBatch() {
    int removed = servers.removeExpiredJobs(clock.instant().minus(retention), BATCH);
    if (removed > 0) {
      log.debug("Removed {} expired jobs", removed);
    }
    return removed == BATCH;
  }
}
