package dev.stoker.micrometer;

import dev.stoker.observe.AttemptObservation;
import dev.stoker.observe.EnqueueObservation;
import dev.stoker.observe.EnqueuedJobs;
import dev.stoker.observe.JobAttempt;
import dev.stoker.observe.JobObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;

/**
 * Stoker's jobs in Micrometer: the timer {@code stoker.job.enqueue} per enqueue (one for a whole
 * batch) and {@code stoker.job.process} per attempt, each with its long-task timer ({@code
 * stoker.job.process.active} while an attempt runs); and the timer {@code stoker.job.wait}, from
 * when a job was due to when it started. Tags are few-valued: {@code stoker.job.name}, {@code
 * stoker.queue}, {@code outcome} and {@code exception} (the exception's simple class name, or
 * {@code none}, also as Micrometer's own {@code error}).
 *
 * <pre>{@code
 * Stoker.builder().observer(MicrometerJobObserver.of(meterRegistry))...
 * }</pre>
 */
public final class MicrometerJobObserver implements JobObserver {

  static final String ENQUEUE = "stoker.job.enqueue";
  static final String PROCESS = "stoker.job.process";
  static final String ACTIVE = ".active";
  static final String WAIT = "stoker.job.wait";
  static final String JOB_NAME = "stoker.job.name";
  static final String QUEUE = "stoker.queue";
  static final String BATCH = "stoker.batch";
  static final String OUTCOME = "outcome";
  static final String EXCEPTION = "exception";
  static final String ERROR = "error";
  static final String NONE = "none";

  /** What a batch of several jobs or queues is tagged with. */
  static final String SEVERAL = "several";

  private final JobObserver recorder;
  private final MeterCache<Timer> waits;

  private MicrometerJobObserver(JobObserver recorder, MeterRegistry meters) {
    this.recorder = recorder;
    this.waits =
        new MeterCache<>(
            tags ->
                Timer.builder(WAIT)
                    .description("How long jobs waited between being due and starting")
                    .tags(JOB_NAME, tags.get(0), QUEUE, tags.get(1))
                    .register(meters));
  }

  /**
   * An observer whose enqueues and attempts are Observations in {@code observations}, reported
   * through its handlers (Spring Boot's meters, and traces if Micrometer Tracing is set up), and
   * current while the job runs; waits are timed in the meter registry. Each Observation costs its
   * handlers' work per attempt (the meter handler looks its meters up by their tags every time).
   */
  public MicrometerJobObserver(ObservationRegistry observations, MeterRegistry meters) {
    this(
        new ObservedJobs(Objects.requireNonNull(observations, "observations")),
        Objects.requireNonNull(meters, "meters"));
  }

  /**
   * An observer that records the same meters straight into the registry, with nothing else to
   * report to: each meter is looked up once per job name, queue and outcome, not per attempt.
   */
  public static MicrometerJobObserver of(MeterRegistry meters) {
    Objects.requireNonNull(meters, "meters");
    return new MicrometerJobObserver(new MeteredJobs(meters), meters);
  }

  @Override
  public EnqueueObservation enqueue(EnqueuedJobs jobs) {
    return recorder.enqueue(jobs);
  }

  @Override
  public AttemptObservation attempt(JobAttempt attempt) {
    waits.get(attempt.name(), attempt.queue()).record(attempt.waited());
    return recorder.attempt(attempt);
  }

  /** The job name the jobs share, or {@link #SEVERAL}. */
  static String nameOf(EnqueuedJobs jobs) {
    String name = jobs.jobs().getFirst().name();
    for (EnqueuedJobs.EnqueuedJob job : jobs.jobs()) {
      if (!job.name().equals(name)) {
        return SEVERAL;
      }
    }
    return name;
  }

  /** The queue the jobs share, or {@link #SEVERAL}. */
  static String queueOf(EnqueuedJobs jobs) {
    return jobs.queue() == null ? SEVERAL : jobs.queue();
  }

  static String exceptionTag(Throwable exception) {
    return exception == null ? NONE : exception.getClass().getSimpleName();
  }
}
