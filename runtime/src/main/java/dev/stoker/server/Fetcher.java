package dev.stoker.server;

import dev.stoker.storage.ClaimedJob;
import dev.stoker.storage.JobStore;
import dev.stoker.storage.ServerStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves due scheduled jobs to their queues, then claims as many ready jobs as there are idle
 * workers, serving the queues in the order given, and only jobs this server has handlers for. Each
 * claimed attempt is held from its claim on; after a claim whose answer may have been lost with the
 * connection, the jobs the database has PROCESSING on this server but that it does not hold go back
 * to their queue.
 */
final class Fetcher {

  private static final Logger log = LoggerFactory.getLogger(Fetcher.class);
  private static final int MAX_DUE_JOBS_PER_ROUND = 1000;

  private final JobStore store;
  private final ServerStore servers;
  private final List<String> queues;
  private final ClaimRoutes routes;
  private final String serverId;
  private final Clock clock;
  private final Duration dueJobsInterval;
  private final HeldAttempts held;
  private long nextDueJobsCheck = System.nanoTime();
  private boolean claimMayBeLost;

  /**
   * @param store where the jobs are
   * @param servers where lost claims are handed back
   * @param queues the queues to serve, the first one first
   * @param routes the jobs this server has handlers for, and which of them have limits
   * @param serverId this server's id
   * @param clock the time jobs are due by
   * @param dueJobsInterval how often to look for due scheduled jobs
   * @param held the attempts this server holds
   */
  Fetcher(
      JobStore store,
      ServerStore servers,
      List<String> queues,
      ClaimRoutes routes,
      String serverId,
      Clock clock,
      Duration dueJobsInterval,
      HeldAttempts held) {
    this.store = store;
    this.servers = servers;
    this.queues = List.copyOf(queues);
    this.routes = routes;
    this.serverId = serverId;
    this.clock = clock;
    this.dueJobsInterval = dueJobsInterval;
    this.held = held;
  }

  /**
   * Claims up to {@code wanted} jobs and hands each to {@code start}; returns how many it claimed.
   */
  int fetch(int wanted, Consumer<ClaimedJob> start) {
    handBackLostClaims();
    enqueueDueJobs(false);
    int claimed = 0;
    for (String queue : queues) {
      if (claimed == wanted) {
        break;
      }
      List<ClaimedJob> jobs;
      try {
        jobs = claim(queue, wanted - claimed);
      } catch (RuntimeException e) {
        // The claim may have committed with its answer lost: look for such jobs when back.
        claimMayBeLost = true;
        throw e;
      }
      jobs.forEach(held::hold);
      jobs.forEach(start);
      claimed += jobs.size();
    }
    return claimed;
  }

  /**
   * The jobs without limits first, through the claim they always had; then, with what is left,
   * those with limits, through the claim that counts them.
   */
  private List<ClaimedJob> claim(String queue, int wanted) {
    int queueLimit = routes.queueLimit(queue);
    List<ClaimedJob> plain =
        queueLimit > 0
            ? List.of()
            : store.claim(serverId, queue, routes.unlimited(), wanted, clock.instant());
    Set<String> limited = queueLimit > 0 ? routes.all() : routes.limited();
    if (plain.size() == wanted || limited.isEmpty()) {
      return plain;
    }
    List<ClaimedJob> gated =
        store.claimLimited(
            serverId, queue, limited, wanted - plain.size(), queueLimit, clock.instant());
    if (plain.isEmpty()) {
      return gated;
    }
    List<ClaimedJob> both = new ArrayList<>(plain);
    both.addAll(gated);
    return both;
  }

  private void handBackLostClaims() {
    if (!claimMayBeLost) {
      return;
    }
    int handedBack = servers.handBackUnknownClaims(serverId, held.jobIds(), clock.instant());
    claimMayBeLost = false;
    if (handedBack > 0) {
      log.warn(
          "Server {} handed back {} jobs it had claimed when the database connection broke",
          serverId,
          handedBack);
    }
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
