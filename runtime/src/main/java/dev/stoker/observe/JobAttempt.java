package dev.stoker.observe;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import java.time.Duration;
import java.time.Instant;

/**
 * One attempt of a job, about to run.
 *
 * @param id the job's id
 * @param name its job name
 * @param queue its queue
 * @param attempt this attempt's number, from 1; above 1 for a retry or a job run again
 * @param failures how many attempts failed before this one: above 0 for a retry
 * @param dueAt since when the job has been due: its run-at, or its retry's; null if not known
 * @param startedAt when the attempt starts, by Stoker's clock
 * @param serverId the server that runs it
 * @param recurringId the recurring job this is a fire of, or null
 * @param batch the batch it belongs to, or null
 * @param traceContext what its enqueue's observer stored with it, or null
 */
public record JobAttempt(
    JobId id,
    String name,
    String queue,
    int attempt,
    int failures,
    Instant dueAt,
    Instant startedAt,
    String serverId,
    String recurringId,
    BatchId batch,
    String traceContext) {

  /** The longest trace context stored with a job, in chars. */
  public static final int MAX_TRACE_CONTEXT = 1000;

  /** How long the job waited between being due and starting: zero if not known. */
  public Duration waited() {
    if (dueAt == null || startedAt.isBefore(dueAt)) {
      return Duration.ZERO;
    }
    return Duration.between(dueAt, startedAt);
  }

  /** True if an attempt before this one failed. */
  public boolean isRetry() {
    return failures > 0;
  }
}
