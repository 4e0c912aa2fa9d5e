package dev.stoker.monitoring;

import dev.stoker.JobState;
import java.util.Map;

/**
 * How many jobs there are in each state, in all and per queue.
 *
 * @param byState jobs per state, every state present
 * @param byQueue per queue, jobs per state (states without jobs left out)
 */
public record JobCounts(Map<JobState, Long> byState, Map<String, Map<JobState, Long>> byQueue) {

  /** Jobs in the state, over all queues. */
  public long count(JobState state) {
    return byState.getOrDefault(state, 0L);
  }

  /** Jobs in the state on the queue. */
  public long count(String queue, JobState state) {
    return byQueue.getOrDefault(queue, Map.of()).getOrDefault(state, 0L);
  }
}
