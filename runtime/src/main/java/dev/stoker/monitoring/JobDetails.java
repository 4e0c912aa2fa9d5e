package dev.stoker.monitoring;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.JobState;
import java.time.Instant;
import java.util.List;

/**
 * A job as stored, with its whole history, oldest first.
 *
 * @param id the job's id
 * @param name the job's stable name
 * @param queue its queue
 * @param priority higher runs first within the queue
 * @param state its current state
 * @param arguments its arguments, as the stored JSON object
 * @param attempt how many times it was started
 * @param failureCount failures since it was created or last requeued
 * @param maxRetries retries allowed before it is FAILED
 * @param runAt when it may run (for a SCHEDULED job, its start time)
 * @param createdAt when it was created
 * @param stateChangedAt when it entered its current state
 * @param serverId the server running it, while PROCESSING
 * @param batch the batch it belongs to, or null
 * @param history every state change, oldest first
 */
public record JobDetails(
    JobId id,
    String name,
    String queue,
    int priority,
    JobState state,
    String arguments,
    int attempt,
    int failureCount,
    int maxRetries,
    Instant runAt,
    Instant createdAt,
    Instant stateChangedAt,
    String serverId,
    BatchId batch,
    List<HistoryEntry> history) {

  /** The last recorded exception, if the job ever failed. */
  public ExceptionInfo lastException() {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).exception() != null) {
        return history.get(i).exception();
      }
    }
    return null;
  }
}
