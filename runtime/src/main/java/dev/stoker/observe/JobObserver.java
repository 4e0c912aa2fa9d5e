package dev.stoker.observe;

/**
 * Watches jobs being created and run, for metrics, traces and logs. Register one with {@code
 * Stoker.builder().observer(...)}; {@code stoker-micrometer} and {@code stoker-opentelemetry} hold
 * ready-made ones. Both methods have defaults that observe nothing, so an observer implements only
 * what it needs. An observer must not throw: what it throws is logged and ignored, never allowed to
 * fail an enqueue or a job.
 */
public interface JobObserver {

  /**
   * Called on the caller's thread before jobs are stored: once per enqueue, and once for a whole
   * batch. The observation's {@link EnqueueObservation#traceContext()} is stored with each job and
   * given back to {@link #attempt} when it runs, on whatever server.
   */
  default EnqueueObservation enqueue(EnqueuedJobs jobs) {
    return EnqueueObservation.NONE;
  }

  /**
   * Called on the job's thread just before an attempt runs; the observation is closed once, with
   * how the attempt ended, on that thread (or on another, when a job that does not stop after its
   * timeout is given up).
   */
  default AttemptObservation attempt(JobAttempt attempt) {
    return AttemptObservation.NONE;
  }
}
