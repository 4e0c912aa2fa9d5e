package dev.stoker.test;

/** When a test's jobs run. */
public enum RunMode {
  /** Jobs wait until the test runs them: {@code drain()}, {@code run(id)}, {@code advance(...)}. */
  MANUAL,
  /**
   * Each enqueue runs, before it returns, every job that is due then: the new job, and what it
   * enqueues or releases (continuations). Scheduled jobs still wait for the clock.
   */
  INLINE
}
