package dev.stoker.monitoring;

/** Where a batch stands. */
public enum BatchState {
  /** Some of its jobs have not ended. */
  STARTED,
  /** All its jobs have ended; requeueing one starts the batch again. */
  COMPLETED,
  /** A person deleted it, and with it its jobs that had not ended. */
  DELETED
}
