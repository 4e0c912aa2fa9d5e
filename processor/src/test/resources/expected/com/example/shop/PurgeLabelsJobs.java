package com.example.shop;

import dev.stoker.JobClient;
import dev.stoker.JobId;
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
