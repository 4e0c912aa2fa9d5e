package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.annotation.Misfire;
import dev.stoker.codec.Codecs;
import dev.stoker.job.JobArguments;
import dev.stoker.job.JobDefinition;
import dev.stoker.job.JobRequest;
import dev.stoker.job.Recurrence;
import dev.stoker.job.RecurringJobRequest;
import dev.stoker.job.StartTime;
import dev.stoker.jobs.Executions;
import dev.stoker.jobs.InvoiceJobs;
import dev.stoker.jobs.TestInvoiceJobs;
import dev.stoker.monitoring.IncompatibleJobs;
import dev.stoker.schedule.Schedule;
import dev.stoker.server.StoredJobsCheck;
import dev.stoker.testing.Await;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Jobs stored by an earlier version of the code run with a later one that changed them the
 * compatible way: the job renamed with an alias, a parameter renamed with its former name, widened,
 * added with a default or as nullable, another removed. Those that no longer fit are reported by a
 * starting server before they run.
 */
class JobContractsTest extends DatabaseTest {

  /** The job as the earlier code defined it. */
  private static final JobDefinition BILL =
      new JobDefinition(InvoiceJobs.FORMER_NAME, "default", 0, 0, Recurrence.NONE);

  private final ListAppender<ILoggingEvent> log = new ListAppender<>();

  @BeforeEach
  void listenToTheCheck() {
    log.start();
    checkLogger().addAppender(log);
  }

  @AfterEach
  void stopListening() {
    checkLogger().detachAppender(log);
  }

  private static Logger checkLogger() {
    return (Logger) LoggerFactory.getLogger(StoredJobsCheck.class);
  }

  /** A bill as the earlier code stored it: {@code count} an int, and a discount. */
  private static JobArguments bill(String token, int count) {
    return out -> {
      out.field("token", Codecs.STRING, token);
      out.field("count", Codecs.INT, count);
      out.field("discount", Codecs.STRING, "10%");
    };
  }

  private JobId store(Stoker stoker, JobArguments arguments, StartTime start) {
    return stoker.client().submit(new JobRequest(BILL, arguments, start));
  }

  private Stoker withoutServer() {
    return closeAfter(Stoker.builder().dataSource(db.dataSource()).withoutServer().start());
  }

  private Stoker server() {
    return closeAfter(
        Stoker.builder()
            .dataSource(db.dataSource())
            .workers(2)
            .pollInterval(Duration.ofMillis(20))
            .heartbeatInterval(Duration.ofMillis(50))
            .shutdownGrace(Duration.ofMillis(100))
            .start());
  }

  @Test
  void jobs_stored_in_the_earlier_shape_run_with_the_values_they_were_stored_with() {
    Stoker stoker = withoutServer();
    JobId first = store(stoker, bill(token, 7), StartTime.now());
    JobId second = store(stoker, bill(token, Integer.MAX_VALUE), StartTime.now());
    JobId current = TestInvoiceJobs.enqueue(token, 3L, "TRY", "gift");

    stoker.runDueJobs();

    assertThat(Executions.of(token))
        .extracting(Executions.Execution::job, Executions.Execution::value)
        .containsExactlyInAnyOrder(
            tuple(first, "7 EUR null"),
            tuple(second, Integer.MAX_VALUE + " EUR null"),
            tuple(current, "3 TRY gift"));
    for (JobId job : List.of(first, second, current)) {
      assertThat(stoker.monitoring().job(job).orElseThrow().state()).isEqualTo(JobState.SUCCEEDED);
    }
    assertThat(stoker.monitoring().job(first).orElseThrow().name())
        .as("stored under its former name")
        .isEqualTo(InvoiceJobs.FORMER_NAME);
  }

  @Test
  void running_server_claims_the_jobs_stored_under_the_former_name() {
    Stoker stoker = server();
    JobId old = store(stoker, bill(token, 12), StartTime.now());

    Await.until(
        "the job stored under its former name ran",
        () -> stoker.monitoring().job(old).orElseThrow().state() == JobState.SUCCEEDED);

    assertThat(Executions.of(token))
        .extracting(Executions.Execution::value)
        .containsExactly("12 EUR null");
    assertThat(stoker.monitoring().unhandledJobs()).isEmpty();
  }

  @Test
  void starting_server_reports_the_stored_jobs_that_no_longer_fit_before_they_run() {
    Stoker writer = withoutServer();
    JobArguments unreadable =
        out -> {
          out.field("token", Codecs.STRING, token);
          out.field("count", Codecs.STRING, "seven");
        };
    JobId later = store(writer, unreadable, StartTime.after(Duration.ofHours(1)));
    JobId now = store(writer, unreadable, StartTime.now());
    JobId fits = store(writer, bill(token, 1), StartTime.after(Duration.ofHours(1)));
    writer
        .recurringJobs()
        .register(
            new RecurringJobRequest(
                "nightly-bill",
                BILL,
                Schedule.cron("0 3 * * *"),
                Misfire.RUN_ONCE,
                null,
                unreadable));
    String reason =
        "Argument 'count' of job 'test.bill' cannot be read as long: Current token (VALUE_STRING)"
            + " not numeric, cannot use numeric value accessors";

    Stoker stoker = server();

    List<ILoggingEvent> warnings = List.copyOf(log.list);
    assertThat(warnings).hasSize(1);
    assertThat(warnings.getFirst().getFormattedMessage())
        .isEqualTo(
            "2 stored jobs of 'test.bill' (the oldest "
                + later
                + ") and recurring jobs [nightly-bill] of 'test.bill' no longer fit this code and"
                + " will fail when they run: "
                + reason
                + ". Deploy code that reads them (a @Default, an @Alias, the former type), or"
                + " delete them.");
    Await.until(
        "the job due now ran, and failed",
        () -> stoker.monitoring().job(now).orElseThrow().state() == JobState.FAILED);

    List<IncompatibleJobs> incompatible = stoker.monitoring().incompatibleJobs();
    assertThat(incompatible).hasSize(1);
    IncompatibleJobs misfits = incompatible.getFirst();
    assertThat(misfits.jobName()).isEqualTo("test.bill");
    assertThat(misfits.reason()).isEqualTo(reason);
    assertThat(misfits.count()).as("the one still waiting").isEqualTo(1);
    assertThat(misfits.jobIds()).containsExactly(later);
    assertThat(misfits.recurringJobIds()).containsExactly("nightly-bill");
    assertThat(stoker.monitoring().job(fits).orElseThrow().state()).isEqualTo(JobState.SCHEDULED);
  }

  @Test
  void server_whose_stored_jobs_all_fit_reports_nothing() {
    Stoker writer = withoutServer();
    store(writer, bill(token, 1), StartTime.after(Duration.ofHours(1)));

    Stoker stoker = server();

    assertThat(log.list).isEmpty();
    assertThat(stoker.monitoring().incompatibleJobs()).isEmpty();
  }
}
