package dev.stoker.storage;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.job.Parents;
import java.time.Instant;

/**
 * A job about to be stored.
 *
 * @param id its id, chosen by the client
 * @param name the job's stable name
 * @param queue its queue
 * @param priority higher runs first within the queue
 * @param state SCHEDULED or ENQUEUED, or AWAITING for a continuation (which the store releases at
 *     once if its parents are done already)
 * @param arguments the arguments as a JSON object
 * @param maxRetries retries allowed before it is FAILED
 * @param runAt when it may run
 * @param createdAt when it was created
 * @param reason the first history entry's reason
 * @param batch the batch it belongs to, or null
 * @param parents what it waits for, if it is a continuation
 * @param gates the limits its claim must respect
 * @param traceContext the trace context its enqueue's observer stored with it, or null
 */
public record NewJob(
    JobId id,
    String name,
    String queue,
    int priority,
    JobState state,
    String arguments,
    int maxRetries,
    Instant runAt,
    Instant createdAt,
    String reason,
    BatchId batch,
    Parents parents,
    JobGates gates,
    String traceContext) {

  /** A job without limits, stored without a trace context. */
  public NewJob(
      JobId id,
      String name,
      String queue,
      int priority,
      JobState state,
      String arguments,
      int maxRetries,
      Instant runAt,
      Instant createdAt,
      String reason,
      BatchId batch,
      Parents parents) {
    this(
        id,
        name,
        queue,
        priority,
        state,
        arguments,
        maxRetries,
        runAt,
        createdAt,
        reason,
        batch,
        parents,
        JobGates.NONE,
        null);
  }

  /**
   * The first history entry's reason of a job enqueued at once by a client, in the batch given or
   * none.
   */
  public static String enqueuedReason(BatchId batch) {
    return inBatch("Enqueued", batch);
  }

  /** A first history entry's reason, with the batch the job belongs to if any. */
  public static String inBatch(String reason, BatchId batch) {
    return batch == null ? reason : reason + " in batch " + batch;
  }

  /**
   * Whether the job's first history entry says no more than its own row does: enqueued at once, at
   * its creation time, for the usual reason. Such a job's store reads that entry from the row
   * rather than write it, one row and one index entry less for each of the most common jobs.
   */
  public boolean createdAsItsRowTells() {
    return state == JobState.ENQUEUED && reason.equals(enqueuedReason(batch));
  }

  /** This job, stored with the trace context. */
  public NewJob withTraceContext(String context) {
    return new NewJob(
        id,
        name,
        queue,
        priority,
        state,
        arguments,
        maxRetries,
        runAt,
        createdAt,
        reason,
        batch,
        parents,
        gates,
        context);
  }
}
