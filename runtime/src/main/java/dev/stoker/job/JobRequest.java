package dev.stoker.job;

import java.util.Objects;

/**
 * One call of a job, as the generated client hands it to a {@link dev.stoker.JobClient}.
 *
 * @param job the job to run
 * @param arguments its arguments, written when the job is stored
 * @param start when it may start (for a continuation: not before then, and not before its parents)
 * @param parents what it waits for, if it is a continuation
 */
public record JobRequest(
    JobDefinition job, JobArguments arguments, StartTime start, Parents parents) {

  public JobRequest {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(arguments, "arguments");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(parents, "parents");
  }

  /** A request that waits for nothing. */
  public JobRequest(JobDefinition job, JobArguments arguments, StartTime start) {
    this(job, arguments, start, Parents.NONE);
  }
}
