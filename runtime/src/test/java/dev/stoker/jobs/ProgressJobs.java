package dev.stoker.jobs;

import dev.stoker.JobContext;
import dev.stoker.annotation.Job;

/** Jobs that report their progress and write log lines. */
public class ProgressJobs {

  /** Reports a third of its work, then waits until the test opens its gate, and finishes. */
  @Job(name = "test.reports-progress")
  public void reportsProgress(String token, JobContext context) {
    context.progress(3, 10);
    context.log("Read 3 of 10 files");
    Gates.awaitIgnoringInterrupts(token);
    context.progress(10, 10);
    context.log("Read all 10 files");
  }

  @Job(name = "test.logs-lines")
  public void logsLines(int lines, JobContext context) {
    for (int i = 1; i <= lines; i++) {
      context.log("line " + i);
    }
  }

  @Job(name = "test.negative-progress", retries = 0)
  public void negativeProgress(JobContext context) {
    context.progress(-1, 10);
  }
}
