package com.example.billing;

import dev.stoker.BatchId;
import dev.stoker.JobClient;
import dev.stoker.JobId;
import dev.stoker.annotation.Misfire;
import dev.stoker.codec.ArgumentReader;
import dev.stoker.codec.Codecs;
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
 * Runs {@link BillingService#syncAccount} in the background as the job {@code billing.sync-account}.
 *
 * <p>{@link #enqueue}, {@link #schedule} and {@link #scheduleAt} create the job through the
 * client installed when Stoker started, {@link #using} through another; its {@link Handler}
 * runs it.
 */
@Generated("dev.stoker.processor.JobProcessor")
public final class BillingSyncAccountJobs {
  /**
   * The job's stable name and the attributes of its {@code @Job} annotation.
   */
  public static final JobDefinition DEFINITION = new JobDefinition("billing.sync-account", "default", 10, 0,
      Recurrence.NONE) .withLimits(JobLimits.NONE .withConcurrency(1, "accountId")
      .withRateLimit(10, Duration.parse("PT1M"), ""));

  private static final Submitter INSTALLED = new Submitter(JobSubmitter.installed());

  private BillingSyncAccountJobs() {
  }

  /**
   * Creates the job, to run as soon as a worker is free, through the installed client.
   */
  public static JobId enqueue(long accountId, String region) {
    return INSTALLED.enqueue(accountId, region);
  }

  /**
   * Creates the job, to run once the delay has passed, through the installed client.
   */
  public static JobId schedule(Duration delay, long accountId, String region) {
    return INSTALLED.schedule(delay, accountId, region);
  }

  /**
   * Creates the job, to run at the instant (or at once if it has passed), through the
   * installed client.
   */
  public static JobId scheduleAt(Instant instant, long accountId, String region) {
    return INSTALLED.scheduleAt(instant, accountId, region);
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

  private static JobArguments arguments(long accountId, String region) {
    return out -> {
      out.field("accountId", Codecs.LONG, accountId);
      out.field("region", Codecs.STRING, region);
    };
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
   * {@code assertEnqueued(BillingSyncAccountJobs.with(...))}.
   */
  public static ExpectedJob with(long accountId, String region) {
    return ExpectedJob.of(DEFINITION, arguments(accountId, region));
  }

  /**
   * The job whatever its arguments, as a test expects to find it.
   */
  public static ExpectedJob withAnyArguments() {
    return ExpectedJob.of(DEFINITION);
  }

  /**
   * Creates {@code billing.sync-account} jobs through a chosen client.
   */
  public static final class Submitter {
    private final JobSubmitter submitter;

    private Submitter(JobSubmitter submitter) {
      this.submitter = submitter;
    }

    /**
     * Creates the job, to run as soon as a worker is free.
     */
    public JobId enqueue(long accountId, String region) {
      return submitter.enqueue(DEFINITION, arguments(accountId, region));
    }

    /**
     * Creates the job, to run once the delay has passed.
     */
    public JobId schedule(Duration delay, long accountId, String region) {
      return submitter.schedule(DEFINITION, arguments(accountId, region), delay);
    }

    /**
     * Creates the job, to run at the instant, or at once if it has passed.
     */
    public JobId scheduleAt(Instant instant, long accountId, String region) {
      return submitter.scheduleAt(DEFINITION, arguments(accountId, region), instant);
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
   * A recurring run of {@code billing.sync-account}, ready to be registered with its arguments.
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
    public void register(long accountId, String region) {
      this.registration.register(arguments(accountId, region));
    }
  }

  /**
   * Runs {@code billing.sync-account} jobs; the runtime finds it through
   * {@link java.util.ServiceLoader}.
   */
  public static final class Handler implements JobHandler {
    @Override
    public JobDefinition definition() {
      return DEFINITION;
    }

    @Override
    public void run(JobInvocation invocation) throws Exception {
      ArgumentReader arguments = invocation.arguments();
      long accountId = arguments.field("accountId", Codecs.LONG);
      String region = arguments.field("region", Codecs.STRING);
      invocation.instance(BillingService.class, BillingService::new).syncAccount(accountId, region);
    }

    @Override
    public void checkArguments(ArgumentReader arguments) {
      arguments.field("accountId", Codecs.LONG);
      arguments.field("region", Codecs.STRING);
    }
  }
}
