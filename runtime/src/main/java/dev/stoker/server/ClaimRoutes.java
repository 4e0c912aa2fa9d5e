package dev.stoker.server;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which claim each job goes through: the jobs without limits through the claim they always had, so
 * that they pay nothing for flow control, and the jobs with limits (or all the jobs of a queue with
 * a limit) through the claim that counts them.
 */
final class ClaimRoutes {

  private final Set<String> all;
  private final Set<String> limited;
  private final Set<String> unlimited;
  private final Map<String, Integer> queueLimits;

  /**
   * @param all the names of the jobs this server has handlers for
   * @param limited those, among them, whose starts have limits
   * @param queueLimits the most jobs that may run at once in a queue, across servers
   */
  ClaimRoutes(Set<String> all, Set<String> limited, Map<String, Integer> queueLimits) {
    this.all = Set.copyOf(all);
    this.limited = Set.copyOf(limited);
    Set<String> rest = new HashSet<>(all);
    rest.removeAll(limited);
    this.unlimited = Set.copyOf(rest);
    this.queueLimits = Map.copyOf(queueLimits);
  }

  /** Every job through the claim without limits. */
  static ClaimRoutes unlimited(Set<String> names) {
    return new ClaimRoutes(names, Set.of(), Map.of());
  }

  Set<String> all() {
    return all;
  }

  Set<String> limited() {
    return limited;
  }

  Set<String> unlimited() {
    return unlimited;
  }

  /** The queue's limit, or 0 for none. */
  int queueLimit(String queue) {
    return queueLimits.getOrDefault(queue, 0);
  }
}
