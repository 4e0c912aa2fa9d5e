package dev.stoker.monitoring;

import dev.stoker.JobId;
import java.util.List;

/**
 * Stored jobs whose arguments no longer fit their job's method as this process's code has it: a
 * parameter renamed or retyped since they were stored, say. They would fail when they run.
 *
 * @param jobName the name they are stored under
 * @param reason what does not fit, as their failure would say it
 * @param count how many jobs that have not ended are affected
 * @param jobIds the oldest of them, at most ten
 * @param recurringJobIds the recurring jobs registered with such arguments: each of their runs
 *     would fail
 */
public record IncompatibleJobs(
    String jobName, String reason, long count, List<JobId> jobIds, List<String> recurringJobIds) {

  public IncompatibleJobs {
    jobIds = List.copyOf(jobIds);
    recurringJobIds = List.copyOf(recurringJobIds);
  }
}
