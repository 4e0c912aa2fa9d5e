package dev.stoker;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a job, and the only changes allowed between them. Every change is recorded in the
 * job's history.
 *
 * <pre>
 * SCHEDULED ──due──▶ ENQUEUED ──claimed──▶ PROCESSING ──▶ SUCCEEDED | FAILED
 *     ▲                  ▲                     │
 *     └──── retry ───────┼─────────────────────┘ (handed back at shutdown or by a rescue)
 * AWAITING ──parents done──▶ ENQUEUED;   any unfinished state ──▶ DELETED;   FAILED | DELETED ──requeue──▶ ENQUEUED
 * </pre>
 */
public enum JobState {
  /** Waiting for its start time: delayed, or retrying after a failure. */
  SCHEDULED,
  /** Ready to run, waiting for a free worker. */
  ENQUEUED,
  /** Claimed by a server and running there. */
  PROCESSING,
  /** Ran to the end. */
  SUCCEEDED,
  /** Failed with no retries left; stays until a person requeues or deletes it. */
  FAILED,
  /** A continuation or batch member waiting for its parent. */
  AWAITING,
  /** Deleted by a person or by a cancelled parent; it will not run unless requeued. */
  DELETED;

  /** True if nothing will happen to the job unless a person acts. */
  public boolean isFinal() {
    return this == SUCCEEDED || this == FAILED || this == DELETED;
  }

  /** True if the job may change from this state to {@code next}. */
  public boolean canChangeTo(JobState next) {
    return next.sources().contains(this);
  }

  /** The states a job may be in just before it enters this one. */
  public Set<JobState> sources() {
    return switch (this) {
      case SCHEDULED -> EnumSet.of(PROCESSING, AWAITING);
      case ENQUEUED -> EnumSet.of(SCHEDULED, AWAITING, PROCESSING, FAILED, DELETED);
      case PROCESSING -> EnumSet.of(ENQUEUED);
      case SUCCEEDED, FAILED -> EnumSet.of(PROCESSING);
      case AWAITING -> EnumSet.noneOf(JobState.class);
      case DELETED -> EnumSet.of(SCHEDULED, ENQUEUED, PROCESSING, FAILED, AWAITING);
    };
  }

  /** Throws {@link IllegalStateException}, naming both states, unless the change is allowed. */
  public void checkChangeTo(JobState next, JobId job) {
    if (!canChangeTo(next)) {
      throw new IllegalStateException(
          "Job "
              + job
              + " cannot change from "
              + this
              + " to "
              + next
              + ": "
              + next
              + " can only be reached from "
              + next.sources());
    }
  }
}
