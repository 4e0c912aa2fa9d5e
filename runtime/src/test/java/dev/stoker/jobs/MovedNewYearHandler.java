package dev.stoker.jobs;

import dev.stoker.annotation.Misfire;
import dev.stoker.job.JobDefinition;
import dev.stoker.job.JobHandler;
import dev.stoker.job.JobInvocation;
import dev.stoker.job.Recurrence;

/**
 * {@link NewYearJobs}'s job as a later version of the code has it: moved from midnight to 06:00.
 * Tests give it to a Stoker in place of the generated handler to stand for a deployment.
 */
public final class MovedNewYearHandler implements JobHandler {

  @Override
  public JobDefinition definition() {
    return new JobDefinition(
        "test.new-year",
        "default",
        10,
        0,
        new Recurrence("0 6 1 1 *", "Europe/Berlin", "", Misfire.RUN_ONCE, null));
  }

  @Override
  public void run(JobInvocation invocation) {
    Executions.record(
        NewYearJobs.TOKEN, invocation.context().id(), invocation.context().attempt(), "moved");
  }
}
