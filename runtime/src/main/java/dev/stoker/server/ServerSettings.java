package dev.stoker.server;

import java.time.Duration;
import java.util.List;

/**
 * How a server runs.
 *
 * @param workers how many jobs run at once
 * @param queues the queues served, the first one first
 * @param pollInterval the longest a server waits before looking for jobs again
 * @param shutdownGrace how long running jobs may take to finish when the server stops
 */
public record ServerSettings(
    int workers, List<String> queues, Duration pollInterval, Duration shutdownGrace) {

  public ServerSettings {
    queues = List.copyOf(queues);
    if (workers < 1) {
      throw new IllegalArgumentException("A server needs at least 1 worker, got " + workers);
    }
    if (queues.isEmpty()) {
      throw new IllegalArgumentException("A server needs at least one queue");
    }
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("The poll interval must be positive, got " + pollInterval);
    }
    if (shutdownGrace.isNegative()) {
      throw new IllegalArgumentException("The shutdown grace must not be negative");
    }
  }
}
