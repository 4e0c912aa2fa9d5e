package dev.stoker.server;

import dev.stoker.observe.JobAttempt;
import dev.stoker.storage.ClaimedJob;
import java.time.Instant;

/** What observers see of an attempt about to run. */
final class AttemptViews {

  private AttemptViews() {}

  static JobAttempt of(ClaimedJob job, String serverId, Instant now) {
    return new JobAttempt(
        job.id(),
        job.name(),
        job.queue(),
        job.attempt(),
        job.failureCount(),
        job.dueAt(),
        now,
        serverId,
        job.recurringId(),
        job.batch(),
        job.traceContext());
  }
}
