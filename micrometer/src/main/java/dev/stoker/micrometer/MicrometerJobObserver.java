package dev.stoker.micrometer;

import dev.stoker.observe.AttemptObservation;
import dev.stoker.observe.EnqueueObservation;
import dev.stoker.observe.EnqueuedJobs;
import dev.stoker.observe.JobAttempt;
import dev.stoker.observe.JobObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stoker's jobs as Micrometer Observations: {@code stoker.job.enqueue} per enqueue (one for a whole
 * batch) and {@code stoker.job.process} per attempt, with its long-task timer {@code
 * stoker.job.process.active} while it runs; and the timer {@code stoker.job.wait}, from when a job
 * was due to when it started. Tags are few-valued: {@code stoker.job.name}, {@code stoker.queue},
 * {@code outcome} and {@code exception} (the exception's simple class name, or {@code none}).
 *
 * <pre>{@code
 * Stoker.builder().observer(MicrometerJobObserver.of(meterRegistry))...
 * }</pre>
 */
public final class MicrometerJobObserver implements JobObserver {

  static final String ENQUEUE = "stoker.job.enqueue";
  static final String PROCESS = "stoker.job.process";
  static final String WAIT = "stoker.job.wait";
  static final String JOB_NAME = "stoker.job.name";
  static final String QUEUE = "stoker.queue";
  static final String BATCH = "stoker.batch";
  static final String OUTCOME = "outcome";
  static final String EXCEPTION = "exception";
  static final String NONE = "none";

  /** What a batch of several jobs or queues is tagged with. */
  static final String SEVERAL = "several";

  private final ObservationRegistry observations;
  private final MeterRegistry meters;

  /**
   * The wait timers by job name and queue: found in a map, not built and registered per attempt.
   */
  private final Map<String, Map<String, Timer>> waitTimers = new ConcurrentHashMap<>();

  /**
   * An observer reporting through the registry's handlers (Spring Boot's, with tracing if it is set
   * up), and timing waits in the meter registry.
   */
  public MicrometerJobObserver(ObservationRegistry observations, MeterRegistry meters) {
    this.observations = Objects.requireNonNull(observations, "observations");
    this.meters = Objects.requireNonNull(meters, "meters");
  }

  /** An observer whose Observations become timers in the registry, and nothing else. */
  public static MicrometerJobObserver of(MeterRegistry meters) {
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    return new MicrometerJobObserver(observations, meters);
  }

  @Override
  public EnqueueObservation enqueue(EnqueuedJobs jobs) {
    Observation observation =
        Observation.createNotStarted(ENQUEUE, observations)
            .contextualName("enqueue")
            .lowCardinalityKeyValue(JOB_NAME, nameOf(jobs))
            .lowCardinalityKeyValue(QUEUE, jobs.queue() == null ? SEVERAL : jobs.queue())
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
    waitTimer(attempt.name(), attempt.queue()).record(attempt.waited());
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

  private Timer waitTimer(String name, String queue) {
    return waitTimers
        .computeIfAbsent(name, key -> new ConcurrentHashMap<>())
        .computeIfAbsent(
            queue,
            key ->
                Timer.builder(WAIT)
                    .description("How long jobs waited between being due and starting")
                    .tag(JOB_NAME, name)
                    .tag(QUEUE, queue)
                    .register(meters));
  }

  private static String nameOf(EnqueuedJobs jobs) {
    String name = jobs.jobs().getFirst().name();
    for (EnqueuedJobs.EnqueuedJob job : jobs.jobs()) {
      if (!job.name().equals(name)) {
        return SEVERAL;
      }
    }
    return name;
  }

  private static String exceptionTag(Throwable exception) {
    return exception == null ? NONE : exception.getClass().getSimpleName();
  }
}
