package dev.stoker;

import dev.stoker.job.RecurringJobRequest;

/**
 * Adds, updates, removes and triggers recurring jobs. Application code usually goes through the
 * generated {@code <Name>Jobs.recurring(...)}; jobs with a cron in their {@code @Job} are
 * registered by the servers themselves.
 *
 * <pre>{@code
 * DailyReportJobs.recurring("report-eu", "0 3 * * *", ZoneId.of("Europe/Istanbul")).register(regionId);
 * stoker.recurringJobs().trigger("report-eu");   // one run now, besides the schedule
 * stoker.recurringJobs().remove("report-eu");
 * }</pre>
 */
public interface RecurringJobs {

  /**
   * Adds the recurring job, or updates the one with its id. A changed schedule starts from now; an
   * unchanged one keeps its next fire time, so registering again at every start loses no fire.
   * Throws {@link IllegalArgumentException} if the id is that of a {@code @Job}'s own cron.
   */
  void register(RecurringJobRequest request);

  /** Removes the recurring job with the id (its jobs already created stay); false if none. */
  boolean remove(String id);

  /**
   * Creates one job of the recurring job now, with its arguments, outside its schedule. Throws
   * {@link IllegalArgumentException} if there is no recurring job with the id.
   */
  JobId trigger(String id);

  /**
   * The same recurring jobs, whose triggers are recorded as done by {@code actor}: the job a
   * trigger creates says "Triggered by alice" in its history.
   */
  RecurringJobs as(String actor);
}
