package dev.stoker.monitoring;

import dev.stoker.JobId;
import java.util.List;

/**
 * One page of a job list, newest first, with the keys of the pages around it.
 *
 * @param jobs the jobs, newest first
 * @param older the id to ask {@link JobFilter#olderThan} for the next page, or null on the last
 * @param newer the id to ask {@link JobFilter#newerThan} for the page before, or null on the first
 */
public record JobPage(List<JobSummary> jobs, JobId older, JobId newer) {

  public JobPage {
    jobs = List.copyOf(jobs);
  }
}
