package dev.stoker.micrometer;

import static dev.stoker.micrometer.MicrometerJobObserver.BATCH;
import static dev.stoker.micrometer.MicrometerJobObserver.ENQUEUE;
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
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Enqueues and attempts as Micrometer Observations in the application's registry, whose handlers
 * (meters, Micrometer Tracing, its own) see them; the attempt's is current while the job runs.
 */
final class ObservedJobs implements JobObserver {

  private final ObservationRegistry observations;

  ObservedJobs(ObservationRegistry observations) {
    this.observations = observations;
  }

  @Override
  public EnqueueObservation enqueue(EnqueuedJobs jobs) {
    Observation observation =
        Observation.createNotStarted(ENQUEUE, observations)
            .contextualName("enqueue")
            .lowCardinalityKeyValue(JOB_NAME, nameOf(jobs))
            .lowCardinalityKeyValue(QUEUE, queueOf(jobs))
            .lowCardinalityKeyValue(BATCH, Boolean.toString(jobs.batch() != null))
            .start();
    return failure -> {
      observation.lowCardinalityKeyValue(EXCEPTION, exceptionTag(failure));
      if (failure != null) {
        observation.error(failure);
      }
      observation.stop();
    };
  }

  @Override
  public AttemptObservation attempt(JobAttempt attempt) {
    Observation observation =
        Observation.createNotStarted(PROCESS, observations)
            .contextualName("process " + attempt.queue())
            .lowCardinalityKeyValue(JOB_NAME, attempt.name())
            .lowCardinalityKeyValue(QUEUE, attempt.queue())
            .highCardinalityKeyValue("stoker.job.id", attempt.id().toString())
            .highCardinalityKeyValue("stoker.attempt", Integer.toString(attempt.attempt()))
            .start();
    Observation.Scope scope = observation.openScope();
    Thread thread = Thread.currentThread();
    return (outcome, exception) -> {
      if (Thread.currentThread() == thread) {
        scope.close(); // a job given up is closed from another thread, whose scope this is not
      }
      observation.lowCardinalityKeyValue(OUTCOME, outcome.tag());
      observation.lowCardinalityKeyValue(EXCEPTION, exceptionTag(exception));
      if (exception != null) {
        observation.error(exception);
      }
      observation.stop();
    };
  }
}
