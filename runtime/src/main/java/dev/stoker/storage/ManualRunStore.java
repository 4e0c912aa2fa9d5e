package dev.stoker.storage;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.testing.StoredJob;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What running chosen jobs on request needs of the database, besides what servers need: the jobs
 * with what they wait for, one job taken out of its turn, and when the next scheduled job is due.
 * Each write runs in its own transaction and records its change in the job's history.
 */
public interface ManualRunStore {

  /** The jobs in the states (every job if none are given), oldest first. */
  List<StoredJob> jobs(Set<JobState> states);

  /** Moves a SCHEDULED job to its queue now, before its time; false if it is not SCHEDULED. */
  boolean enqueueNow(JobId id, Instant now);

  /** Claims the job for the server if it is ENQUEUED, marking it PROCESSING there. */
  Optional<ClaimedJob> claim(JobId id, String serverId, Instant now);

  /** The soonest start time of the SCHEDULED jobs on the queues. */
  Optional<Instant> nextRunAt(Collection<String> queues);
}
