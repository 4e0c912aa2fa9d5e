package dev.stoker.storage;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import java.time.Instant;

/**
 * A job a server claimed to run.
 *
 * @param id its id
 * @param name the job's stable name, which selects the handler
 * @param queue its queue
 * @param arguments the stored arguments
 * @param attempt this attempt's number: the fence its outcome is recorded under
 * @param failureCount failures before this attempt
 * @param maxRetries retries allowed before it is FAILED
 * @param claimedAt when this attempt started, as its row tells it (the row that ends the attempt
 *     keeps it), or null if not known
 * @param dueAt since when it has been due to run (its run-at), or null if not known
 * @param recurringId the recurring job it is a fire of, or null
 * @param batch the batch it belongs to, or null
 * @param traceContext what its enqueue's observer stored with it, or null
 */
public record ClaimedJob(
    JobId id,
    String name,
    String queue,
    String arguments,
    int attempt,
    int failureCount,
    int maxRetries,
    Instant claimedAt,
    Instant dueAt,
    String recurringId,
    BatchId batch,
    String traceContext) {

  /** A claimed job with no more than what running it needs. */
  public ClaimedJob(
      JobId id,
      String name,
      String queue,
      String arguments,
      int attempt,
      int failureCount,
      int maxRetries) {
    this(
        id,
        name,
        queue,
        arguments,
        attempt,
        failureCount,
        maxRetries,
        null,
        null,
        null,
        null,
        null);
  }
}
