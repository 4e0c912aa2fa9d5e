package dev.stoker.monitoring;

import dev.stoker.BatchId;
import dev.stoker.JobId;

/**
 * What a continuation waits for: a parent job or a parent batch, and where that stands.
 *
 * @param job the parent job, or null for a batch
 * @param batch the parent batch, or null for a job
 * @param state the parent job's state or the batch's, or null if it is gone (removed by retention)
 */
public record JobParent(JobId job, BatchId batch, String state) {

  /** True for a parent batch, false for a parent job. */
  public boolean isBatch() {
    return batch != null;
  }
}
