package com.example.billing;

import dev.stoker.BatchId;
import dev.stoker.JobClient;
import dev.stoker.JobId;
import dev.stoker.annotation.Misfire;
import dev.stoker.job.Batch;
import dev.stoker.job.ExpectedJob;
import dev.stoker.job.JobArguments;
import dev.stoker.job.JobDefinition;
import dev.stoker.job.JobHandler;
import dev.stoker.job.JobInvocation;
import dev.stoker.job.JobLimits;
import dev.stoker.job.JobSubmitter;
import dev.stoker.job.Recurrence;
import dev.stoker.job.RecurringRegistration;
import dev.stoker.schedule.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import javax.annotation.processing.Generated;

/**
 * Runs {@link BillingService#closeBooks} in the background as the job {@code billing.close-books}.
 *
 * <p>{@link #enqueue}, {@link #schedule} and {@link #scheduleAt} create the job through the
 * client installed when Stoker started, {@link #using} through another; its {@link Handler}
 * runs it.
 *
 * <p>The job is recurring: Stoker also runs it on the cron schedule of its {@code @Job}
 * annotation.
 */
@Generated("dev.stoker.processor.JobProcessor")
public final class BillingCloseBooksJobs {
  /**
   * The job's stable name and the attributes of its {@code @Job} annotation.
   */
  public static final JobDefinition DEFINITION = new JobDefinition("billing.close-books", "default", 10, 0,
      new Recurrence("* * * * *", "", "", Misfire.RUN_ONCE, null)) .withLimits(JobLimits.NONE
      .withExclusive());

  private static final Submitter INSTALLED = new Submitter(JobSubmitter.installed());

  private BillingCloseBooksJobs() {
  }

  /**
   * Creates the job, to run as soon as a worker is free, through the installed client.
   */
  public static JobId enqueue() {
    return INSTALLED.enqueue();
  }

  /**
   * Creates the job, to run once the delay has passed, through the installed client.
   */
  public static JobId schedule(Duration delay) {
    return INSTALLED.schedule(delay);
  }

  /**
   * Creates the job, to run at the instant (or at once if it has passed), through the
   * installed client.
   */
  public static JobId scheduleAt(Instant instant) {
    return INSTALLED.scheduleAt(instant);
  }

  /**
   * Creates the job through the given client: one bound to a transaction, or one a test made.
   */
  public static Submitter using(JobClient client) {
    return new Submitter(JobSubmitter.of(client));
  }

  /**
   * Adds the job to a batch being created, stored with the batch's other jobs.
   */
  public static Submitter in(Batch batch) {
    return INSTALLED.in(batch);
  }

  /**
   * Makes the job a continuation: it runs once every parent job succeeded, and is deleted if one
   * fails or is deleted.
   */
  public static Submitter after(JobId parent, JobId... more) {
    return INSTALLED.after(parent, more);
  }

  /**
   * Makes the job a continuation that runs once every parent job ended, whatever the way.
   */
  public static Submitter afterAnyOutcome(JobId parent, JobId... more) {
    return INSTALLED.afterAnyOutcome(parent, more);
  }

  /**
   * Makes the job a continuation of a batch: it runs once every job of the batch succeeded or was
   * deleted; a failed one holds it back until it is requeued or deleted.
   */
  public static Submitter afterBatch(BatchId batch) {
    return INSTALLED.afterBatch(batch);
  }

  /**
   * Makes the job a continuation that runs once every job of the batch ended, whatever the way.
   */
  public static Submitter afterBatchAnyOutcome(BatchId batch) {
    return INSTALLED.afterBatchAnyOutcome(batch);
  }

  /**
   * Prepares a recurring run of the job under the id, on the cron expression read in the zone;
   * {@code register} with its arguments adds it, or updates the one with that id.
   */
  public static Recurring recurring(String id, String cron, ZoneId zone) {
    return recurring(id, Schedule.cron(cron).in(zone));
  }

  /**
   * Prepares a recurring run of the job under the id, on the schedule; {@code register} with its
   * arguments adds it, or updates the one with that id.
   */
  public static Recurring recurring(String id, Schedule schedule) {
    return new Recurring(RecurringRegistration.of(DEFINITION, id, schedule));
  }

  /**
   * Removes the job's recurring run with the id; returns false if there was none.
   */
  public static boolean removeRecurring(String id) {
    return RecurringRegistration.remove(DEFINITION, id);
  }

  /**
   * Runs the job's recurring run with the id now, with its arguments, besides its schedule.
   */
  public static JobId triggerRecurring(String id) {
    return RecurringRegistration.trigger(DEFINITION, id);
  }

  /**
   * The job with exactly these arguments, as a test expects to find it:
   * {@code assertEnqueued(BillingCloseBooksJobs.with(...))}.
   */
  public static ExpectedJob with() {
    return ExpectedJob.of(DEFINITION, JobArguments.NONE);
  }

  /**
   * The job whatever its arguments, as a test expects to find it.
   */
  public static ExpectedJob withAnyArguments() {
    return ExpectedJob.of(DEFINITION);
  }

  /**
   * Creates {@code billing.close-books} jobs through a chosen client.
   */
  public static final class Submitter {
    private final JobSubmitter submitter;

    private Submitter(JobSubmitter submitter) {
      this.submitter = submitter;
    }

    /**
     * Creates the job, to run as soon as a worker is free.
     */
    public JobId enqueue() {
      return submitter.enqueue(DEFINITION, JobArguments.NONE);
    }

    /**
     * Creates the job, to run once the delay has passed.
     */
    public JobId schedule(Duration delay) {
      return submitter.schedule(DEFINITION, JobArguments.NONE, delay);
    }

    /**
     * Creates the job, to run at the instant, or at once if it has passed.
     */
    public JobId scheduleAt(Instant instant) {
      return submitter.scheduleAt(DEFINITION, JobArguments.NONE, instant);
    }

    /**
     * Adds the job to a batch being created, stored with the batch's other jobs.
     */
    public Submitter in(Batch batch) {
      return new Submitter(submitter.in(batch));
    }

    /**
     * Makes the job a continuation: it runs once every parent job succeeded, and is deleted if one
     * fails or is deleted.
     */
    public Submitter after(JobId parent, JobId... more) {
      return new Submitter(submitter.after(parent, more));
    }

    /**
     * Makes the job a continuation that runs once every parent job ended, whatever the way.
     */
    public Submitter afterAnyOutcome(JobId parent, JobId... more) {
      return new Submitter(submitter.afterAnyOutcome(parent, more));
    }

    /**
     * Makes the job a continuation of a batch: it runs once every job of the batch succeeded or was
     * deleted; a failed one holds it back until it is requeued or deleted.
     */
    public Submitter afterBatch(BatchId batch) {
      return new Submitter(submitter.afterBatch(batch));
    }

    /**
     * Makes the job a continuation that runs once every job of the batch ended, whatever the way.
     */
    public Submitter afterBatchAnyOutcome(BatchId batch) {
      return new Submitter(submitter.afterBatchAnyOutcome(batch));
    }
  }

  /**
   * A recurring run of {@code billing.close-books}, ready to be registered with its arguments.
   */
  public static final class Recurring {
    private final RecurringRegistration registration;

    private Recurring(RecurringRegistration registration) {
      this.registration = registration;
    }

    /**
     * What the run does with fire times it missed; by default it runs them once.
     */
    public Recurring misfire(Misfire misfire) {
      return new Recurring(registration.misfire(misfire));
    }

    /**
     * How late a fire time may still run; by default there is no limit.
     */
    public Recurring maxLag(Duration maxLag) {
      return new Recurring(registration.maxLag(maxLag));
    }

    /**
     * Registers through the given client instead of the installed one.
     */
    public Recurring using(JobClient client) {
      return new Recurring(registration.using(client));
    }

    /**
     * Adds the recurring run with these arguments, or updates the one with its id.
     */
    public void register() {
      this.registration.register(JobArguments.NONE);
    }
  }

  /**
   * Runs {@code billing.close-books} jobs; the runtime finds it through
   * {@link java.util.ServiceLoader}.
   */
  public static final class Handler implements JobHandler {
    @Override
    public JobDefinition definition() {
      return DEFINITION;
    }

    @Override
    public void run(JobInvocation invocation) throws Exception {
      invocation.instance(BillingService.class, BillingService::new).closeBooks();
    }
  }
}
