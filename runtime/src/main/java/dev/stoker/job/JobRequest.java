package dev.stoker.job;

import java.util.Objects;

/**
 * One call of a job, as the generated client hands it to a {@link dev.stoker.JobClient}.
 *
 * @param job the job to run
 * @param arguments its arguments, written when the job is stored
 * @param start when it may start
 */
public record JobRequest(JobDefinition job, JobArguments arguments, StartTime start) {

  public JobRequest {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(arguments, "arguments");
    Objects.requireNonNull(start, "start");
  }
}
