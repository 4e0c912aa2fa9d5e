package dev.stoker.monitoring;

import dev.stoker.JobState;
import java.time.Instant;
import java.util.Map;

/**
 * How many jobs are in each state, counted up to a bound: exact below it, and "at least the bound"
 * past it, so that a count reads no more rows than the bound however many jobs there are.
 *
 * <pre>{@code
 * StateCounts counts = monitoring.stateCounts();
 * counts.exact(JobState.FAILED)   // false past 10,000
 * counts.text(JobState.FAILED)    // "10,000+", or "1,234"
 * }</pre>
 *
 * @param byState jobs per state, every state present, at most {@code bound}
 * @param bound the most a count tells exactly
 * @param countedAt when the counts were taken
 */
public record StateCounts(Map<JobState, Long> byState, long bound, Instant countedAt) {

  public StateCounts {
    byState = Map.copyOf(byState);
  }

  /** Jobs in the state, or the bound if there are at least as many. */
  public long count(JobState state) {
    return Math.min(byState.getOrDefault(state, 0L), bound);
  }

  /** Whether the count of the state is exact, not cut at the bound. */
  public boolean exact(JobState state) {
    return byState.getOrDefault(state, 0L) < bound;
  }

  /** The count as people read it: "1,234", or "10,000+" at the bound. */
  public String text(JobState state) {
    return String.format("%,d", count(state)) + (exact(state) ? "" : "+");
  }
}
