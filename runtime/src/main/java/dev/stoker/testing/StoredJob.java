package dev.stoker.testing;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.JobState;
import java.time.Instant;
import java.util.List;

/**
 * A job as stored, with what it waits for: what tests look through to find the jobs they expect.
 *
 * @param id the job's id
 * @param name the job's stable name
 * @param queue its queue
 * @param priority higher runs first within the queue
 * @param state its current state
 * @param arguments its arguments, as the stored JSON object
 * @param attempt how many times it was started
 * @param runAt when it may run (for a SCHEDULED job, its start time)
 * @param createdAt when it was created
 * @param batch the batch it belongs to, or null
 * @param parents the jobs it waits for, as a continuation
 * @param parentBatches the batches it waits for, as a continuation
 */
public record StoredJob(
    JobId id,
    String name,
    String queue,
    int priority,
    JobState state,
    String arguments,
    int attempt,
    Instant runAt,
    Instant createdAt,
    BatchId batch,
    List<JobId> parents,
    List<BatchId> parentBatches) {

  public StoredJob {
    parents = List.copyOf(parents);
    parentBatches = List.copyOf(parentBatches);
  }
}
