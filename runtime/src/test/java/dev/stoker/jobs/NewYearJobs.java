package dev.stoker.jobs;

import dev.stoker.JobContext;
import dev.stoker.annotation.Job;

/**
 * A job with a cron in its {@code @Job}: every server registers it. It fires once a year, so that
 * it stays out of the way of the tests that do not look for it.
 */
public class NewYearJobs {

  /** The token its runs are recorded under. */
  public static final String TOKEN = "new-year";

  @Job(name = "test.new-year", cron = "0 0 1 1 *", zone = "Europe/Berlin")
  public void newYear(JobContext context) {
    Executions.record(TOKEN, context.id(), context.attempt(), null);
  }
}
