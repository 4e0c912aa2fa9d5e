package dev.stoker.client;

import dev.stoker.BatchId;
import dev.stoker.JobState;
import dev.stoker.observe.EnqueuedJobs;
import dev.stoker.storage.NewJob;
import java.util.List;

/** What observers see of the jobs being stored. */
final class EnqueuedViews {

  private EnqueuedViews() {}

  static EnqueuedJobs of(List<NewJob> jobs, BatchId batch) {
    return new EnqueuedJobs(
        jobs.stream()
            .map(
                job ->
                    new EnqueuedJobs.EnqueuedJob(
                        job.id(), job.name(), job.queue(), job.state() != JobState.ENQUEUED))
            .toList(),
        batch);
  }
}
