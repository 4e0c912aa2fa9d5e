package dev.stoker.storage.jooq;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.monitoring.ExceptionInfo;
import dev.stoker.storage.NewJob;
import java.time.Instant;

/**
 * One row of a job's history: made by a {@link StateChange}, or by the job's creation. A row that
 * ends an attempt, or takes a running job from its attempt, also keeps when and by which server
 * that attempt started, which no row of its own records (see {@link ImpliedStart}).
 *
 * @param job the job
 * @param at when
 * @param from the state before, null when the job was created
 * @param to the state after
 * @param reason why, in words
 * @param serverId the server that made the change, or null
 * @param attempt the job's attempt number then
 * @param exception what caused it, or null
 * @param startedAt when the attempt this row ends started, or null
 * @param startedBy the server that started it, or null
 */
record HistoryRow(
    JobId job,
    Instant at,
    JobState from,
    JobState to,
    String reason,
    String serverId,
    int attempt,
    ExceptionInfo exception,
    Instant startedAt,
    String startedBy) {

  /** The first row of a new job. */
  static HistoryRow created(NewJob job) {
    return created(job.id(), job.state(), job.createdAt(), job.reason());
  }

  /** The first row of a job created in the given state. */
  static HistoryRow created(JobId job, JobState state, Instant at, String reason) {
    return new HistoryRow(job, at, null, state, reason, null, 0, null, null, null);
  }

  /** This row, keeping the start of the attempt it ends. */
  HistoryRow withStart(Instant at, String serverId) {
    return new HistoryRow(
        job, this.at, from, to, reason, this.serverId, attempt, exception, at, serverId);
  }
}
