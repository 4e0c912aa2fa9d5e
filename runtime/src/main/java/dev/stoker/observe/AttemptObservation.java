package dev.stoker.observe;

/** One attempt being observed, closed once with how it ended. */
public interface AttemptObservation {

  /** Observes nothing. */
  AttemptObservation NONE = (outcome, exception) -> {};

  /**
   * Called once the attempt ended.
   *
   * @param outcome how it ended
   * @param exception what the job threw (or the timeout, for {@code TIMED_OUT}), or null
   */
  void close(AttemptOutcome outcome, Throwable exception);
}
