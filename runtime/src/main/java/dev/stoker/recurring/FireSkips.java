package dev.stoker.recurring;

import dev.stoker.JobId;
import java.time.Instant;

/**
 * The fires of an exclusive recurring job that were skipped because the previous run was still
 * going.
 *
 * @param count how many fires were skipped
 * @param lastAt when the last one was, or null if none was
 * @param lastJob the job stored for the last one (DELETED, its history saying why), or null
 */
public record FireSkips(int count, Instant lastAt, JobId lastJob) {

  /** None skipped. */
  public static final FireSkips NONE = new FireSkips(0, null, null);
}
