package dev.stoker.observe;

/** One enqueue being observed, closed once the jobs are stored or could not be. */
public interface EnqueueObservation {

  /** Observes nothing and stores no trace context. */
  EnqueueObservation NONE = failure -> {};

  /**
   * What to store with the jobs for their runs to continue the enqueue's trace (for instance W3C
   * {@code traceparent}), or null for nothing. At most {@link JobAttempt#MAX_TRACE_CONTEXT} chars.
   */
  default String traceContext() {
    return null;
  }

  /**
   * Called once the jobs are stored (failure null), or could not be.
   *
   * @param failure what the store threw, or null
   */
  void close(Throwable failure);
}
