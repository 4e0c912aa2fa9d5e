package dev.stoker.test;

import java.util.List;
import java.util.Objects;

/**
 * What {@link TestStoker#drain(Drain)} runs: which queues, whether the clock moves on to the next
 * scheduled job when nothing is due, and how many jobs at most.
 *
 * <pre>{@code
 * stoker.drain(Drain.queues("mail"));                    // the mail queue, until nothing is due
 * stoker.drain(Drain.all().advancingClock());            // and the delayed jobs and retries too
 * stoker.drain(Drain.all().advancingClock().limit(10));  // at most ten runs
 * }</pre>
 */
public final class Drain {

  /** How many runs a drain without a limit makes before it takes itself for a loop and stops. */
  static final int SAFETY_LIMIT = 10_000;

  private final List<String> queues;
  private final boolean advancingClock;
  private final int limit;

  private Drain(List<String> queues, boolean advancingClock, int limit) {
    this.queues = queues;
    this.advancingClock = advancingClock;
    this.limit = limit;
  }

  /** Every queue the test's jobs use, the jobs due now. */
  public static Drain all() {
    return new Drain(List.of(), false, 0);
  }

  /** Only these queues, the first one first. */
  public static Drain queues(String... queues) {
    for (String queue : queues) {
      Objects.requireNonNull(queue, "queue");
    }
    return new Drain(List.of(queues), false, 0);
  }

  /**
   * The same, and when no job is due, the clock moves to the next scheduled job of the queues (a
   * delayed job, a retry) and the drain goes on, until none is left. Recurring fire times do not
   * move it: use {@link TestStoker#advance} for those.
   */
  public Drain advancingClock() {
    return new Drain(queues, true, limit);
  }

  /** The same, stopping after {@code runs} runs; the result then says it stopped at the limit. */
  public Drain limit(int runs) {
    if (runs < 1) {
      throw new IllegalArgumentException("A drain's limit must be at least 1, not " + runs);
    }
    return new Drain(queues, advancingClock, runs);
  }

  List<String> queueList() {
    return queues;
  }

  boolean advancesClock() {
    return advancingClock;
  }

  /** The limit given, or 0 for none. */
  int givenLimit() {
    return limit;
  }
}
