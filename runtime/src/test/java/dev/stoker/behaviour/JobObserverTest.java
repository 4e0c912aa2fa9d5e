package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.stoker.BatchId;
import dev.stoker.Enqueued;
import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.RetryBackoff;
import dev.stoker.Stoker;
import dev.stoker.jobs.FlowUniqueOrderJobs;
import dev.stoker.jobs.TestFailsTwiceJobs;
import dev.stoker.jobs.TestLogsJobs;
import dev.stoker.jobs.TestRecordJobs;
import dev.stoker.jobs.TestTimesOutJobs;
import dev.stoker.observe.AttemptObservation;
import dev.stoker.observe.EnqueueObservation;
import dev.stoker.observe.EnqueuedJobs;
import dev.stoker.observe.JobAttempt;
import dev.stoker.observe.JobObserver;
import dev.stoker.testing.Await;
import dev.stoker.testing.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

class JobObserverTest extends DatabaseTest {

  private final TestClock clock = TestClock.atFixedMoment();
  private final RecordingObserver observer = new RecordingObserver();

  private Stoker inline(JobObserver... observers) {
    Stoker.Builder builder =
        Stoker.builder()
            .dataSource(db.dataSource())
            .clock(clock)
            .retryBackoff(new RetryBackoff(Duration.ofSeconds(10), 1, Duration.ofSeconds(10), 0))
            .withoutServer();
    for (JobObserver each : observers) {
      builder.observer(each);
    }
    return closeAfter(builder.start());
  }

  @Test
  void observer_sees_the_enqueue_and_each_attempt_with_how_it_ended() {
    Stoker stoker = inline(observer);

    JobId id = TestFailsTwiceJobs.enqueue(token);
    for (int i = 0; i < 3; i++) {
      stoker.runDueJobs();
      clock.advance(Duration.ofSeconds(10));
    }

    assertThat(observer.enqueues)
        .singleElement()
        .satisfies(
            jobs -> {
              assertThat(jobs.batch()).isNull();
              assertThat(jobs.queue()).isEqualTo("default");
              assertThat(jobs.jobs())
                  .containsExactly(
                      new EnqueuedJobs.EnqueuedJob(id, "test.fails-twice", "default", false));
            });
    assertThat(observer.attempts).extracting(JobAttempt::id).containsOnly(id);
    assertThat(observer.attempts).extracting(JobAttempt::attempt).containsExactly(1, 2, 3);
    assertThat(observer.attempts)
        .extracting(JobAttempt::isRetry)
        .containsExactly(false, true, true);
    assertThat(observer.attempts)
        .extracting(JobAttempt::traceContext)
        .containsOnly("trace-of-" + id);
    assertThat(observer.attempts).extracting(JobAttempt::serverId).containsOnly(stoker.serverId());
    assertThat(observer.outcomes)
        .containsExactly(
            "test.fails-twice retried IllegalStateException",
            "test.fails-twice retried IllegalStateException",
            "test.fails-twice succeeded -");
    assertThat(observer.stored).hasValue(1);
  }

  @Test
  void attempt_past_its_timeout_is_observed_as_timed_out() {
    Stoker stoker = inline(observer);

    TestTimesOutJobs.enqueue(token);
    stoker.runDueJobs();

    assertThat(observer.outcomes).containsExactly("test.times-out timed_out JobTimedOutException");
  }

  @Test
  void batch_is_one_enqueue_and_its_members_keep_its_trace_context() {
    Stoker stoker = inline(observer);

    BatchId batch =
        stoker
            .client()
            .batch(
                b -> {
                  TestRecordJobs.in(b).enqueue(token);
                  TestRecordJobs.in(b).enqueue(token);
                });
    stoker.runDueJobs();

    assertThat(observer.enqueues)
        .singleElement()
        .satisfies(
            jobs -> {
              assertThat(jobs.batch()).isEqualTo(batch);
              assertThat(jobs.jobs()).hasSize(2);
            });
    String context = "trace-of-" + observer.enqueues.getFirst().jobs().getFirst().id();
    assertThat(observer.attempts).hasSize(2);
    assertThat(observer.attempts).extracting(JobAttempt::traceContext).containsOnly(context);
    assertThat(observer.attempts).extracting(JobAttempt::batch).containsOnly(batch);
  }

  @Test
  void unique_job_is_observed_and_a_duplicate_keeps_the_context_of_the_job_it_found() {
    Stoker stoker = inline(observer);

    Enqueued first = FlowUniqueOrderJobs.enqueue(token, 7L);
    Enqueued again = FlowUniqueOrderJobs.enqueue(token, 7L);
    stoker.runDueJobs();

    assertThat(again.existing()).isTrue();
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(observer.enqueues).hasSize(2);
    assertThat(observer.enqueues.getFirst().jobs())
        .containsExactly(
            new EnqueuedJobs.EnqueuedJob(first.id(), "flow.unique-order", "default", false));
    assertThat(observer.stored).hasValue(2);
    assertThat(observer.attempts)
        .singleElement()
        .satisfies(
            attempt -> {
              assertThat(attempt.id()).isEqualTo(first.id());
              assertThat(attempt.traceContext()).isEqualTo("trace-of-" + first.id());
            });
    assertThat(observer.outcomes).containsExactly("flow.unique-order succeeded -");
  }

  @Test
  void observer_that_throws_fails_neither_the_enqueue_nor_the_job() {
    JobObserver broken =
        new JobObserver() {
          @Override
          public EnqueueObservation enqueue(EnqueuedJobs jobs) {
            throw new IllegalStateException("metrics backend down");
          }

          @Override
          public AttemptObservation attempt(JobAttempt attempt) {
            return (outcome, exception) -> {
              throw new IllegalStateException("metrics backend down");
            };
          }
        };
    Stoker stoker = inline(broken, observer);

    JobId id = TestRecordJobs.enqueue(token);
    stoker.runDueJobs();

    assertThat(stoker.monitoring().job(id).orElseThrow().state().name()).isEqualTo("SUCCEEDED");
    assertThat(observer.outcomes).containsExactly("test.record succeeded -");
  }

  @Test
  void job_log_lines_and_the_servers_lines_about_it_carry_the_job_in_the_mdc() {
    Stoker stoker = inline();
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.addAppender(appender);
    try {
      JobId id = TestLogsJobs.enqueue(token);
      stoker.runDueJobs();
      clock.advance(Duration.ofSeconds(10));
      stoker.runDueJobs();

      List<ILoggingEvent> ownLines =
          lines(appender).stream()
              .filter(e -> e.getFormattedMessage().equals("Building report for " + token))
              .toList();
      assertThat(ownLines).hasSize(2);
      assertThat(ownLines.get(0).getMDCPropertyMap())
          .containsEntry("stoker.jobId", id.toString())
          .containsEntry("stoker.jobName", "test.logs")
          .containsEntry("stoker.attempt", "1")
          .containsEntry("stoker.queue", "critical");
      assertThat(ownLines.get(1).getMDCPropertyMap()).containsEntry("stoker.attempt", "2");
      ILoggingEvent retryLine =
          lines(appender).stream()
              .filter(e -> e.getFormattedMessage().contains("Retry 1 of 2"))
              .findFirst()
              .orElseThrow();
      assertThat(retryLine.getMDCPropertyMap())
          .containsEntry("stoker.jobId", id.toString())
          .containsEntry("stoker.attempt", "1");
      assertThat(MDC.get("stoker.jobId")).as("the keys are gone after the job").isNull();
    } finally {
      root.detachAppender(appender);
    }
  }

  @Test
  void a_running_servers_lines_about_a_job_carry_it_in_the_mdc_on_every_thread() {
    Stoker stoker =
        closeAfter(
            Stoker.builder()
                .dataSource(db.dataSource())
                .pollInterval(Duration.ofMillis(50))
                .retryBackoff(new RetryBackoff(Duration.ofMillis(10), 1, Duration.ofMillis(10), 0))
                .start());
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.addAppender(appender);
    try {
      JobId id = TestLogsJobs.enqueue(token);
      Await.until(
          "the job succeeded on its second attempt",
          () -> stoker.monitoring().job(id).orElseThrow().state() == JobState.SUCCEEDED);

      ILoggingEvent retryLine =
          lines(appender).stream()
              .filter(e -> e.getFormattedMessage().contains(id + ": Retry 1 of 2"))
              .findFirst()
              .orElseThrow();
      assertThat(retryLine.getThreadName()).isEqualTo("stoker-outcomes");
      assertThat(retryLine.getMDCPropertyMap())
          .containsEntry("stoker.jobId", id.toString())
          .containsEntry("stoker.jobName", "test.logs")
          .containsEntry("stoker.attempt", "1")
          .containsEntry("stoker.queue", "critical");
      assertThat(
              lines(appender).stream()
                  .filter(e -> e.getFormattedMessage().equals("Building report for " + token)))
          .extracting(e -> e.getMDCPropertyMap().get("stoker.attempt"))
          .containsExactly("1", "2");
    } finally {
      root.detachAppender(appender);
    }
  }

  /** The lines so far: appending holds the appender's lock, threads other than the test's log. */
  private static List<ILoggingEvent> lines(ListAppender<ILoggingEvent> appender) {
    synchronized (appender) {
      return new ArrayList<>(appender.list);
    }
  }

  /** Keeps what it is told, and gives each enqueue a trace context named after its first job. */
  private static final class RecordingObserver implements JobObserver {
    final List<EnqueuedJobs> enqueues = new CopyOnWriteArrayList<>();
    final List<JobAttempt> attempts = new CopyOnWriteArrayList<>();
    final List<String> outcomes = new CopyOnWriteArrayList<>();
    final AtomicInteger stored = new AtomicInteger();

    @Override
    public EnqueueObservation enqueue(EnqueuedJobs jobs) {
      enqueues.add(jobs);
      return new EnqueueObservation() {
        @Override
        public String traceContext() {
          return "trace-of-" + jobs.jobs().getFirst().id();
        }

        @Override
        public void close(Throwable failure) {
          if (failure == null && jobs.batch() == null) {
            stored.incrementAndGet();
          }
        }
      };
    }

    @Override
    public AttemptObservation attempt(JobAttempt attempt) {
      attempts.add(attempt);
      return (outcome, exception) ->
          outcomes.add(
              attempt.name()
                  + " "
                  + outcome.tag()
                  + " "
                  + (exception == null ? "-" : exception.getClass().getSimpleName()));
    }
  }
}
