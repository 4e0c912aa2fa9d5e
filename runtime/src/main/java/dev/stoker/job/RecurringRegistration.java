package dev.stoker.job;

import dev.stoker.JobClient;
import dev.stoker.JobId;
import dev.stoker.annotation.Misfire;
import dev.stoker.schedule.Schedule;
import java.time.Duration;
import java.util.Objects;

/**
 * A recurring run of a job being prepared in code, through the installed client or a given one. The
 * generated {@code <Name>Jobs.recurring(...)} wraps it with a typed {@code register}.
 */
public final class RecurringRegistration {

  private final JobDefinition job;
  private final String id;
  private final Schedule schedule;
  private final Misfire misfire;
  private final Duration maxLag;
  private final JobClient client;

  private RecurringRegistration(
      JobDefinition job,
      String id,
      Schedule schedule,
      Misfire misfire,
      Duration maxLag,
      JobClient client) {
    this.job = job;
    this.id = id;
    this.schedule = schedule;
    this.misfire = misfire;
    this.maxLag = maxLag;
    this.client = client;
  }

  /**
   * A recurring run of the job under the id, on the schedule; it handles missed fire times as the
   * job's {@code @Job} says, or runs them once.
   */
  public static RecurringRegistration of(JobDefinition job, String id, Schedule schedule) {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(schedule, "schedule must not be null");
    Recurrence defaults = job.recurrence();
    return new RecurringRegistration(
        job, id, schedule, defaults.misfire(), defaults.maxLag(), null);
  }

  /** The same, with another way of handling missed fire times. */
  public RecurringRegistration misfire(Misfire misfire) {
    return new RecurringRegistration(
        job, id, schedule, Objects.requireNonNull(misfire, "misfire"), maxLag, client);
  }

  /** The same, with a limit on how late a fire time may still run. */
  public RecurringRegistration maxLag(Duration maxLag) {
    return new RecurringRegistration(
        job, id, schedule, misfire, Objects.requireNonNull(maxLag, "maxLag"), client);
  }

  /** The same, registered through the client rather than the installed one. */
  public RecurringRegistration using(JobClient client) {
    return new RecurringRegistration(
        job, id, schedule, misfire, maxLag, Objects.requireNonNull(client, "client"));
  }

  /** Adds the recurring run with the arguments, or updates the one with its id. */
  public void register(JobArguments arguments) {
    RecurringJobRequest request =
        new RecurringJobRequest(id, job, schedule, misfire, maxLag, arguments);
    clientFor(job, client).recurringJobs().register(request);
  }

  /** Removes the job's recurring run with the id, through the installed client. */
  public static boolean remove(JobDefinition job, String id) {
    return clientFor(job, null).recurringJobs().remove(id);
  }

  /** Runs the job's recurring run with the id now, through the installed client. */
  public static JobId trigger(JobDefinition job, String id) {
    return clientFor(job, null).recurringJobs().trigger(id);
  }

  private static JobClient clientFor(JobDefinition job, JobClient client) {
    return client != null ? client : InstalledClient.require(job);
  }
}
