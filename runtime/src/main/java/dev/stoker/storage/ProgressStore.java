package dev.stoker.storage;

import dev.stoker.JobId;
import dev.stoker.monitoring.JobProgress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where running jobs' progress and log lines are kept. */
public interface ProgressStore {

  /**
   * Writes the reports in one transaction, each replacing its job's last one unless that came from
   * a later attempt.
   */
  void save(List<ProgressReport> reports, Instant at);

  /** The job's last written report, if it made one. */
  Optional<JobProgress> find(JobId job);
}
