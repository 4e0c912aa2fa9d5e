package dev.stoker.storage.jooq;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.monitoring.ExceptionInfo;
import dev.stoker.storage.NewJob;
import java.time.Instant;

/**
 * One row of a job's history: made by a {@link StateChange}, or by the job's creation.
 *
 * @param job the job
 * @param at when
 * @param from the state before, null when the job was created
 * @param to the state after
 * @param reason why, in words
 * @param serverId the server that made the change, or null
 * @param attempt the job's attempt number then
 * @param exception what caused it, or null
 */
record HistoryRow(
    JobId job,
    Instant at,
    JobState from,
    JobState to,
    String reason,
    String serverId,
    int attempt,
    ExceptionInfo exception) {

  /** The first row of a new job. */
  static HistoryRow created(NewJob job) {
    return created(job.id(), job.state(), job.createdAt(), job.reason());
  }

  /** The first row of a job created in the given state. */
  static HistoryRow created(JobId job, JobState state, Instant at, String reason) {
    return new HistoryRow(job, at, null, state, reason, null, 0, null);
  }
}
