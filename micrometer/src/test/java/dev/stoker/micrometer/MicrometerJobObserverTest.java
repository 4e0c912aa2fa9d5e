package dev.stoker.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.JobId;
import dev.stoker.RetryBackoff;
import dev.stoker.Stoker;
import dev.stoker.jobs.Gates;
import dev.stoker.jobs.TestAlwaysFailsJobs;
import dev.stoker.jobs.TestGatedJobs;
import dev.stoker.jobs.TestRecordJobs;
import dev.stoker.jobs.TestTimesOutJobs;
import dev.stoker.testing.Await;
import dev.stoker.testing.TestClock;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MicrometerJobObserverTest {

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final TestClock clock = TestClock.atFixedMoment();
  private final String token = UUID.randomUUID().toString();
  private Stoker stoker;

  @AfterEach
  void close() {
    if (stoker != null) {
      stoker.close();
    }
  }

  private Stoker inline() {
    return inline(MicrometerJobObserver.of(meters));
  }

  private Stoker inline(MicrometerJobObserver observer) {
    stoker =
        Stoker.builder()
            .clock(clock)
            .retryBackoff(new RetryBackoff(Duration.ofSeconds(10), 1, Duration.ofSeconds(10), 0))
            .observer(observer)
            .withoutServer()
            .start();
    return stoker;
  }

  private Timer process(String job, String outcome, String exception) {
    return meters
        .find("stoker.job.process")
        .tag("stoker.job.name", job)
        .tag("stoker.queue", "default")
        .tag("outcome", outcome)
        .tag("exception", exception)
        .timer();
  }

  @Test
  void enqueue_and_successful_attempt_are_timed_with_their_job_queue_and_outcome() {
    inline();

    TestRecordJobs.enqueue(token);
    TestRecordJobs.enqueue(token);
    stoker.runDueJobs();

    Timer enqueue =
        meters
            .find("stoker.job.enqueue")
            .tag("stoker.job.name", "test.record")
            .tag("stoker.queue", "default")
            .tag("stoker.batch", "false")
            .tag("exception", "none")
            .timer();
    assertThat(enqueue).isNotNull();
    assertThat(enqueue.count()).isEqualTo(2);
    assertThat(process("test.record", "succeeded", "none").count()).isEqualTo(2);
    assertThat(meters.find("stoker.job.process").timers()).hasSize(1);
  }

  @Test
  void retries_and_the_final_failure_are_told_apart_and_name_the_exception() {
    inline();

    TestAlwaysFailsJobs.enqueue(token); // 3 retries, then failed
    for (int i = 0; i < 4; i++) {
      stoker.runDueJobs();
      clock.advance(Duration.ofSeconds(10));
    }

    assertThat(process("test.always-fails", "retried", "IllegalStateException").count())
        .isEqualTo(3);
    assertThat(process("test.always-fails", "failed", "IllegalStateException").count())
        .isEqualTo(1);
  }

  @Test
  void attempt_past_its_timeout_is_tagged_timed_out() {
    inline();

    TestTimesOutJobs.enqueue(token);
    stoker.runDueJobs();

    assertThat(process("test.times-out", "timed_out", "JobTimedOutException").count()).isEqualTo(1);
  }

  @Test
  void observations_and_the_meter_registry_alone_make_the_same_meters() {
    SimpleMeterRegistry observed = new SimpleMeterRegistry();
    ObservationRegistry observations = ObservationRegistry.create();
    observations
        .observationConfig()
        .observationHandler(new DefaultMeterObservationHandler(observed));

    succeedAndFail(MicrometerJobObserver.of(meters));
    succeedAndFail(new MicrometerJobObserver(observations, observed));

    assertThat(described(meters)).isNotEmpty().isEqualTo(described(observed));
  }

  private void succeedAndFail(MicrometerJobObserver observer) {
    inline(observer);
    TestRecordJobs.enqueue(token);
    TestRecordJobs.enqueue(token);
    TestAlwaysFailsJobs.enqueue(token); // 3 retries, then failed
    for (int i = 0; i < 4; i++) {
      stoker.runDueJobs();
      clock.advance(Duration.ofSeconds(10));
    }
    stoker.close();
    stoker = null;
  }

  /** Each meter's type, name, tags and count: what a dashboard would be built on. */
  private static Set<String> described(MeterRegistry registry) {
    return registry.getMeters().stream()
        .map(
            meter ->
                meter.getId().getType()
                    + " "
                    + meter.getId().getName()
                    + " "
                    + meter.getId().getTags()
                    + " "
                    + switch (meter) {
                      case Timer timer -> timer.count();
                      case LongTaskTimer active -> active.activeTasks();
                      default -> "";
                    })
        .collect(Collectors.toSet());
  }

  @Test
  void wait_is_the_time_from_due_to_start() {
    inline();

    TestRecordJobs.enqueue(token);
    clock.advance(Duration.ofSeconds(5));
    stoker.runDueJobs();
    TestRecordJobs.schedule(Duration.ofSeconds(60), token);
    clock.advance(Duration.ofSeconds(61));
    stoker.runDueJobs();

    Timer wait =
        meters
            .find("stoker.job.wait")
            .tag("stoker.job.name", "test.record")
            .tag("stoker.queue", "default")
            .timer();
    assertThat(wait.count()).isEqualTo(2);
    assertThat(wait.totalTime(TimeUnit.SECONDS)).isEqualTo(6.0);
    assertThat(wait.max(TimeUnit.SECONDS)).isEqualTo(5.0);
  }

  @Test
  void running_attempt_is_an_active_long_task_and_the_gauges_count_it() {
    stoker =
        Stoker.builder()
            .workers(2)
            .pollInterval(Duration.ofMillis(50))
            .observer(MicrometerJobObserver.of(meters))
            .start();
    try (StokerGauges gauges = StokerGauges.refreshedByCaller(stoker, meters, clock)) {
      JobId id = TestGatedJobs.enqueue(token);
      LongTaskTimer active =
          meters
              .find("stoker.job.process.active")
              .tag("stoker.job.name", "test.gated")
              .longTaskTimer();
      Await.until(
          "the job runs",
          () ->
              meters.find("stoker.job.process.active").longTaskTimer() != null
                  && meters.find("stoker.job.process.active").longTaskTimer().activeTasks() == 1);
      active =
          meters
              .find("stoker.job.process.active")
              .tag("stoker.job.name", "test.gated")
              .longTaskTimer();
      assertThat(active.activeTasks()).isEqualTo(1);
      gauges.refresh();
      assertThat(meters.get("stoker.workers").gauge().value()).isEqualTo(2);
      assertThat(meters.get("stoker.workers.busy").gauge().value()).isEqualTo(1);
      assertThat(gauge("default", "processing")).isEqualTo(1);

      Gates.open(token + "/1");
      Await.until(
          "the job ended", () -> stoker.monitoring().job(id).orElseThrow().state().isFinal());
      // The worker closes the attempt's observation once its outcome is handed over, and is free
      // after that: a moment after the database shows the outcome.
      LongTaskTimer ended = active;
      Await.until(
          "the attempt is no longer active and its worker is free",
          () -> {
            gauges.refresh();
            return ended.activeTasks() == 0
                && meters.get("stoker.workers.busy").gauge().value() == 0;
          });
      assertThat(gauge("default", "processing")).isZero();
      assertThat(gauge("default", "failed")).isEqualTo(1);
    }
  }

  @Test
  void gauges_count_jobs_per_queue_and_state_and_age_the_oldest_ready_job() {
    inline();
    try (StokerGauges gauges = StokerGauges.refreshedByCaller(stoker, meters, clock)) {
      TestRecordJobs.enqueue(token);
      TestRecordJobs.enqueue(token);
      TestRecordJobs.schedule(Duration.ofHours(1), token);

      gauges.refresh();
      clock.advance(Duration.ofSeconds(30));

      assertThat(gauge("default", "enqueued")).isEqualTo(2);
      assertThat(gauge("default", "scheduled")).isEqualTo(1);
      assertThat(gauge("default", "succeeded")).isZero();
      assertThat(
              meters
                  .get("stoker.queue.oldest.wait")
                  .tag("stoker.queue", "default")
                  .timeGauge()
                  .value(TimeUnit.SECONDS))
          .isEqualTo(30.0);

      stoker.runDueJobs();
      assertThat(gauge("default", "enqueued")).as("until the next refresh").isEqualTo(2);
      gauges.refresh();
      assertThat(gauge("default", "enqueued")).isZero();
      assertThat(gauge("default", "succeeded")).isEqualTo(2);
    }
  }

  private double gauge(String queue, String state) {
    return meters.get("stoker.jobs").tag("stoker.queue", queue).tag("state", state).gauge().value();
  }
}
