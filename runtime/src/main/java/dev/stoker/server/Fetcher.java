package dev.stoker.server;

import dev.stoker.storage.ClaimedJob;
import dev.stoker.storage.JobStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Moves due scheduled jobs to their queues, then claims as many ready jobs as there are idle
 * workers, serving the queues in the order given.
 */
final class Fetcher {

  private static final int MAX_DUE_JOBS_PER_ROUND = 1000;

  private final JobStore store;
  private final List<String> queues;
  private final String serverId;
  private final Clock clock;
  private final Duration dueJobsInterval;
  private long nextDueJobsCheck = System.nanoTime();

  Fetcher(
      JobStore store, List<String> queues, String serverId, Clock clock, Duration dueJobsInterval) {
    this.store = store;
    this.queues = List.copyOf(queues);
    this.serverId = serverId;
    this.clock = clock;
    this.dueJobsInterval = dueJobsInterval;
  }

  /**
   * Claims up to {@code wanted} jobs and hands each to {@code start}; returns how many it claimed.
   */
  int fetch(int wanted, Consumer<ClaimedJob> start) {
    enqueueDueJobs(false);
    int claimed = 0;
    for (String queue : queues) {
      if (claimed == wanted) {
        break;
      }
      List<ClaimedJob> jobs = store.claim(serverId, queue, wanted - claimed, clock.instant());
      jobs.forEach(start);
      claimed += jobs.size();
    }
    return claimed;
  }

  /** Moves due scheduled jobs to their queues: now if forced, else at most once an interval. */
  void enqueueDueJobs(boolean force) {
    long now = System.nanoTime();
    if (!force && now - nextDueJobsCheck < 0) {
      return;
    }
    nextDueJobsCheck = now + dueJobsInterval.toNanos();
    while (store.enqueueDueJobs(clock.instant(), MAX_DUE_JOBS_PER_ROUND)
        == MAX_DUE_JOBS_PER_ROUND) {
      // More were due than one round moves: keep going.
    }
  }
}
