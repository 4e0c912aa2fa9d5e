package dev.stoker.job;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import java.util.Objects;
import java.util.function.Function;

/**
 * A batch being created: the jobs added to it inside {@code client.batch(batch -> ...)} are stored
 * together, in one transaction, when the callback returns; none if it throws.
 *
 * <pre>{@code
 * BatchId newsletter = client.batch(batch -> {
 *   for (long id : subscriberIds) NewsletterJobs.in(batch).enqueue(id);
 * });
 * }</pre>
 */
public final class Batch {

  private final BatchId id;
  private final Function<JobRequest, JobId> members;

  /**
   * Made by the client.
   *
   * @param id the batch's id
   * @param members takes each job added, and returns its id
   */
  public Batch(BatchId id, Function<JobRequest, JobId> members) {
    this.id = Objects.requireNonNull(id, "id");
    this.members = Objects.requireNonNull(members, "members");
  }

  /** The batch's id, known before it is stored. */
  public BatchId id() {
    return id;
  }

  JobId add(JobRequest request) {
    return members.apply(request);
  }
}
