package dev.stoker.job;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What a continuation waits for: parent jobs and batches, and whether it runs only when they
 * succeed or whatever their end.
 *
 * @param jobs the parent jobs
 * @param batches the parent batches
 * @param anyOutcome false: runs when every parent job succeeded and every parent batch had all its
 *     jobs succeed (a failed job holds it back until requeued or deleted), and is deleted if a
 *     parent job fails or is deleted; true: runs once every parent ended, whatever the way
 */
public record Parents(List<JobId> jobs, List<BatchId> batches, boolean anyOutcome) {

  /** No parents: not a continuation. */
  public static final Parents NONE = new Parents(List.of(), List.of(), false);

  public Parents {
    jobs = List.copyOf(jobs);
    batches = List.copyOf(batches);
  }

  public boolean isEmpty() {
    return jobs.isEmpty() && batches.isEmpty();
  }

  /** These parents and one more job, which must succeed. */
  public Parents andJob(JobId parent) {
    return andJobs(parent, new JobId[0], false);
  }

  /** These parents and more jobs. */
  Parents andJobs(JobId parent, JobId[] more, boolean anyOutcome) {
    List<JobId> all = new ArrayList<>(jobs);
    all.add(Objects.requireNonNull(parent, "parent job id must not be null"));
    for (JobId id : more) {
      all.add(Objects.requireNonNull(id, "parent job ids must not be null"));
    }
    return new Parents(all, batches, combine(anyOutcome));
  }

  /** These parents and a batch. */
  Parents andBatch(BatchId batch, boolean anyOutcome) {
    List<BatchId> all = new ArrayList<>(batches);
    all.add(Objects.requireNonNull(batch, "parent batch id must not be null"));
    return new Parents(jobs, Collections.unmodifiableList(all), combine(anyOutcome));
  }

  private boolean combine(boolean requested) {
    if (!isEmpty() && requested != anyOutcome) {
      throw new IllegalArgumentException(
          "A continuation runs either when its parents succeed (after) or whatever their end"
              + " (afterAnyOutcome), not both: create two continuations instead.");
    }
    return requested;
  }
}
