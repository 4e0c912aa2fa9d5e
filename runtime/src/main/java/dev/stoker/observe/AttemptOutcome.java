package dev.stoker.observe;

/** How an attempt ended, as observers see it. */
public enum AttemptOutcome {
  /** The job ran to the end. */
  SUCCEEDED,
  /** It threw, and runs again after a backoff. */
  RETRIED,
  /** It threw with no retries left, or cannot run at all (no handler, unreadable arguments). */
  FAILED,
  /** It was asked to stop: deleted while running, or its server shut down. */
  CANCELLED,
  /** It ran past its {@code @Job(timeout)}. */
  TIMED_OUT;

  /** The lower-case name metrics and traces tag it with: {@code timed_out}. */
  public String tag() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
