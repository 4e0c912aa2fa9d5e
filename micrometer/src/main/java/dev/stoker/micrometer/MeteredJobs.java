package dev.stoker.micrometer;

import static dev.stoker.micrometer.MicrometerJobObserver.ACTIVE;
import static dev.stoker.micrometer.MicrometerJobObserver.BATCH;
import static dev.stoker.micrometer.MicrometerJobObserver.ENQUEUE;
import static dev.stoker.micrometer.MicrometerJobObserver.ERROR;
import static dev.stoker.micrometer.MicrometerJobObserver.EXCEPTION;
import static dev.stoker.micrometer.MicrometerJobObserver.JOB_NAME;
import static dev.stoker.micrometer.MicrometerJobObserver.OUTCOME;
import static dev.stoker.micrometer.MicrometerJobObserver.PROCESS;
import static dev.stoker.micrometer.MicrometerJobObserver.QUEUE;
import static dev.stoker.micrometer.MicrometerJobObserver.exceptionTag;
import static dev.stoker.micrometer.MicrometerJobObserver.nameOf;
import static dev.stoker.micrometer.MicrometerJobObserver.queueOf;

import dev.stoker.observe.AttemptObservation;
import dev.stoker.observe.EnqueueObservation;
import dev.stoker.observe.EnqueuedJobs;
import dev.stoker.observe.JobAttempt;
import dev.stoker.observe.JobObserver;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * Enqueues and attempts recorded straight into the meter registry, with the very meters that
 * Micrometer's {@code DefaultMeterObservationHandler} makes of {@link ObservedJobs}' Observations
 * (a timer with the {@code error} tag, and an {@code .active} long-task timer), each found in a
 * {@link MeterCache}: no Observation, tags or registry lookup per attempt.
 */
final class MeteredJobs implements JobObserver {

  private final Clock clock;
  private final MeterCache<Timer> enqueues;
  private final MeterCache<LongTaskTimer> activeEnqueues;
  private final MeterCache<Timer> attempts;
  private final MeterCache<LongTaskTimer> activeAttempts;

  MeteredJobs(MeterRegistry meters) {
    this.clock = meters.config().clock();
    this.enqueues = MeterCache.timers(meters, ENQUEUE, JOB_NAME, QUEUE, BATCH, EXCEPTION, ERROR);
    this.activeEnqueues =
        MeterCache.longTaskTimers(meters, ENQUEUE + ACTIVE, JOB_NAME, QUEUE, BATCH);
    this.attempts = MeterCache.timers(meters, PROCESS, JOB_NAME, QUEUE, OUTCOME, EXCEPTION, ERROR);
    this.activeAttempts = MeterCache.longTaskTimers(meters, PROCESS + ACTIVE, JOB_NAME, QUEUE);
  }

  @Override
  public EnqueueObservation enqueue(EnqueuedJobs jobs) {
    String name = nameOf(jobs);
    String queue = queueOf(jobs);
    String batch = Boolean.toString(jobs.batch() != null);
    LongTaskTimer.Sample active = activeEnqueues.get(name, queue, batch).start();
    long started = clock.monotonicTime();
    return failure -> {
      String exception = exceptionTag(failure);
      enqueues
          .get(name, queue, batch, exception, exception) // Micrometer's error tag: the same
          .record(clock.monotonicTime() - started, TimeUnit.NANOSECONDS);
      active.stop();
    };
  }

  @Override
  public AttemptObservation attempt(JobAttempt attempt) {
    LongTaskTimer.Sample active = activeAttempts.get(attempt.name(), attempt.queue()).start();
    long started = clock.monotonicTime();
    return (outcome, exception) -> {
      String thrown = exceptionTag(exception);
      attempts
          .get(attempt.name(), attempt.queue(), outcome.tag(), thrown, thrown)
          .record(clock.monotonicTime() - started, TimeUnit.NANOSECONDS);
      active.stop();
    };
  }
}
