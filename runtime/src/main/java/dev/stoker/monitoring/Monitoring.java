package dev.stoker.monitoring;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.storage.JobStore;
import java.util.Optional;

/** Reads what the jobs are doing: one job with its history, and the counts per state and queue. */
public final class Monitoring {

  private final JobStore store;

  public Monitoring(JobStore store) {
    this.store = store;
  }

  /** The job with its whole history, if it exists. */
  public Optional<JobDetails> job(JobId id) {
    return store.find(id);
  }

  /** The batch with its progress, if it exists. */
  public Optional<BatchDetails> batch(BatchId id) {
    return store.findBatch(id);
  }

  /** How many jobs are in each state, in all and per queue. */
  public JobCounts counts() {
    return store.counts();
  }
}
