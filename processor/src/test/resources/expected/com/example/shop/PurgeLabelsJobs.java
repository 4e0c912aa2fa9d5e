package com.example.shop;

import dev.stoker.BatchId;
import dev.stoker.JobClient;
import dev.stoker.JobId;
import dev.stoker.job.Batch;
import dev.stoker.job.JobArguments;
import dev.stoker.job.JobDefinition;
import dev.stoker.job.JobHandler;
import dev.stoker.job.JobInvocation;
import dev.stoker.job.JobSubmitter;
import java.time.Duration;
import java.time.Instant;
import javax.annotation.processing.Generated;

/**
 * Runs {@link ShippingService#purgeLabels} in the background as the job {@code purgeLabels}.
 *
 * <p>{@link #enqueue}, {@link #schedule} and {@link #scheduleAt} create the job through the
 * client installed when Stoker started, {@link #using} through another; its {@link Handler}
 * runs it.
 *
 * <p>The job is recurring: Stoker also runs it on the cron schedule of its {@code @Job}
 * annotation.
 */
@Generated("dev.stoker.processor.JobProcessor")
public final class PurgeLabelsJobs {
  /**
   * The job's stable name and the attributes of its {@code @Job} annotation.
   */
  public static final JobDefinition DEFINITION = new JobDefinition("purgeLabels", "default", 10, 0, "0 3 * * *", "Europe/Istanbul");

  private static final Submitter INSTALLED = new Submitter(JobSubmitter.installed());

  private PurgeLabelsJobs() {
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
   * Creates {@code purgeLabels} jobs through a chosen client.
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
   * Runs {@code purgeLabels} jobs; the runtime finds it through
   * {@link java.util.ServiceLoader}.
   */
  public static final class Handler implements JobHandler {
    @Override
    public JobDefinition definition() {
      return DEFINITION;
    }

    @Override
    public void run(JobInvocation invocation) throws Exception {
      ShippingService.purgeLabels(invocation.context());
    }
  }
}
