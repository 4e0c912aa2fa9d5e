package dev.stoker.server;

import dev.stoker.job.QueueNames;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How a server runs.
 *
 * @param workers how many jobs run at once
 * @param queues the queues served, the first one first
 * @param pollInterval the longest a server waits before looking for jobs again
 * @param shutdownGrace how long running jobs may take to finish when the server stops
 * @param heartbeatInterval how often the server tells the others it is alive, checks that its
 *     running jobs are still its own, and looks for dead servers and expired jobs
 * @param serverTimeout how old, by the database's clock, a server's last heartbeat may be before
 *     the others take it for dead and hand its jobs back
 * @param retention how long SUCCEEDED and DELETED jobs are kept before they are removed
 * @param statisticsRetention how long the counts of ended jobs are kept, per minute for a day and
 *     per hour after
 * @param queueLimits the most jobs of a queue that may run at once across all servers, by queue
 */
public record ServerSettings(
    int workers,
    List<String> queues,
    Duration pollInterval,
    Duration shutdownGrace,
    Duration heartbeatInterval,
    Duration serverTimeout,
    Duration retention,
    Duration statisticsRetention,
    Map<String, Integer> queueLimits) {

  public ServerSettings {
    queues = List.copyOf(queues);
    queueLimits = Map.copyOf(queueLimits);
    queueLimits.forEach(
        (queue, limit) -> {
          QueueNames.check(queue);
          if (limit < 1) {
            throw new IllegalArgumentException(
                "The limit of queue '" + queue + "' must be at least 1, got " + limit);
          }
        });
    if (workers < 1) {
      throw new IllegalArgumentException("A server needs at least 1 worker, got " + workers);
    }
    if (queues.isEmpty()) {
      throw new IllegalArgumentException("A server needs at least one queue");
    }
    queues.forEach(QueueNames::check);
    requirePositive("poll interval", pollInterval);
    if (shutdownGrace.isNegative()) {
      throw new IllegalArgumentException("The shutdown grace must not be negative");
    }
    requirePositive("heartbeat interval", heartbeatInterval);
    requirePositive("retention", retention);
    requirePositive("statistics retention", statisticsRetention);
    if (serverTimeout.compareTo(heartbeatInterval.multipliedBy(2)) < 0) {
      throw new IllegalArgumentException(
          "The server timeout ("
              + serverTimeout
              + ") must be at least twice the heartbeat interval ("
              + heartbeatInterval
              + "), or live servers would be taken for dead: raise the timeout or beat more"
              + " often");
    }
  }

  /** Settings without queue limits. */
  public ServerSettings(
      int workers,
      List<String> queues,
      Duration pollInterval,
      Duration shutdownGrace,
      Duration heartbeatInterval,
      Duration serverTimeout,
      Duration retention,
      Duration statisticsRetention) {
    this(
        workers,
        queues,
        pollInterval,
        shutdownGrace,
        heartbeatInterval,
        serverTimeout,
        retention,
        statisticsRetention,
        Map.of());
  }

  private static void requirePositive(String what, Duration value) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("The " + what + " must be positive, got " + value);
    }
  }
}
