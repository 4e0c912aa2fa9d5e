package dev.stoker.observe;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import java.util.List;

/**
 * Jobs about to be stored by one call: a single job, or the members of a batch.
 *
 * @param jobs the jobs, at least one
 * @param batch the batch they make up, or null for a single job
 */
public record EnqueuedJobs(List<EnqueuedJob> jobs, BatchId batch) {

  public EnqueuedJobs {
    jobs = List.copyOf(jobs);
  }

  /** The queue they all go to, or null when a batch spans several. */
  public String queue() {
    String queue = jobs.isEmpty() ? null : jobs.getFirst().queue();
    for (EnqueuedJob job : jobs) {
      if (!job.queue().equals(queue)) {
        return null;
      }
    }
    return queue;
  }

  /**
   * One job about to be stored.
   *
   * @param id its id
   * @param name its job name
   * @param queue its queue
   * @param waiting true if it waits for a time or for parents, false if it is ready at once
   */
  public record EnqueuedJob(JobId id, String name, String queue, boolean waiting) {}
}
