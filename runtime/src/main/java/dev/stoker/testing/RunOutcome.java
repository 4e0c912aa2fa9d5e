package dev.stoker.testing;

/** How one run of a job ended, as a test counts it. */
public enum RunOutcome {
  /** It ran to the end. */
  SUCCEEDED,
  /** It failed and will run again after a backoff (or was handed back to its queue). */
  RETRIED,
  /** It failed with no retries left. */
  FAILED,
  /** It was deleted while it ran, and stopped. */
  CANCELLED
}
