package com.example.reports;

import dev.stoker.JobClient;
import dev.stoker.JobId;
import dev.stoker.codec.ArgumentReader;
import dev.stoker.codec.Codecs;
import dev.stoker.job.JobArguments;
import dev.stoker.job.JobDefinition;
import dev.stoker.job.JobHandler;
import dev.stoker.job.JobInvocation;
import dev.stoker.job.JobSubmitter;
import java.time.Duration;
import java.time.Instant;
import javax.annotation.processing.Generated;

/**
 * Runs {@link ReportService#monthlyReport} in the background as the job {@code reports.monthly}.
 *
 * <p>{@link #enqueue}, {@link #schedule} and {@link #scheduleAt} create the job through the
 * client installed when Stoker started, {@link #using} through another; its {@link Handler}
 * runs it.
 */
@Generated("dev.stoker.processor.JobProcessor")
public final class ReportsMonthlyJobs {
  /**
   * The job's stable name and the attributes of its {@code @Job} annotation.
   */
  public static final JobDefinition DEFINITION = new JobDefinition("reports.monthly", "reports", 2, 0, "", "", Duration.parse("PT1H30M"));

  private static final Submitter INSTALLED = new Submitter(JobSubmitter.installed());

  private ReportsMonthlyJobs() {
  }

  /**
   * Creates the job, to run as soon as a worker is free, through the installed client.
   */
  public static JobId enqueue(int year, int month) {
    return INSTALLED.enqueue(year, month);
  }

  /**
   * Creates the job, to run once the delay has passed, through the installed client.
   */
  public static JobId schedule(Duration delay, int year, int month) {
    return INSTALLED.schedule(delay, year, month);
  }

  /**
   * Creates the job, to run at the instant (or at once if it has passed), through the
   * installed client.
   */
  public static JobId scheduleAt(Instant instant, int year, int month) {
    return INSTALLED.scheduleAt(instant, year, month);
  }

  /**
   * Creates the job through the given client: one bound to a transaction, or one a test made.
   */
  public static Submitter using(JobClient client) {
    return new Submitter(JobSubmitter.of(client));
  }

  private static JobArguments arguments(int year, int month) {
    return out -> {
      out.field("year", Codecs.INT, year);
      out.field("month", Codecs.INT, month);
    };
  }

  /**
   * Creates {@code reports.monthly} jobs through a chosen client.
   */
  public static final class Submitter {
    private final JobSubmitter submitter;

    private Submitter(JobSubmitter submitter) {
      this.submitter = submitter;
    }

    /**
     * Creates the job, to run as soon as a worker is free.
     */
    public JobId enqueue(int year, int month) {
      return submitter.enqueue(DEFINITION, arguments(year, month));
    }

    /**
     * Creates the job, to run once the delay has passed.
     */
    public JobId schedule(Duration delay, int year, int month) {
      return submitter.schedule(DEFINITION, arguments(year, month), delay);
    }

    /**
     * Creates the job, to run at the instant, or at once if it has passed.
     */
    public JobId scheduleAt(Instant instant, int year, int month) {
      return submitter.scheduleAt(DEFINITION, arguments(year, month), instant);
    }
  }

  /**
   * Runs {@code reports.monthly} jobs; the runtime finds it through
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
      int year = arguments.field("year", Codecs.INT);
      int month = arguments.field("month", Codecs.INT);
      invocation.instance(ReportService.class, ReportService::new).monthlyReport(year, month, invocation.context());
    }
  }
}
