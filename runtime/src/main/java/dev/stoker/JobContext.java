package dev.stoker;

/**
 * What a running job knows about itself. Declare a parameter of this type on a {@code @Job} method
 * to receive it; it is not serialized with the arguments.
 */
public interface JobContext {

  /** The job's id: stable across retries, so a job can use it to make its writes idempotent. */
  JobId id();

  /** The job's stable name. */
  String jobName();

  /**
   * This attempt's number, starting at 1 and growing at each run of the job. It fences the attempt:
   * only the current attempt's outcome is recorded, so a server given up for dead cannot write over
   * the attempt that replaced its own. A job can store it with its own writes to make them
   * idempotent.
   */
  int attempt();

  /**
   * True once the job was asked to stop: deleted while running, past its {@code @Job(timeout)}, or
   * its server shutting down. Its thread is interrupted too; a job that checks this between steps
   * stops cleanly.
   */
  boolean isCancellationRequested();

  /**
   * Reports how far the job got, for the monitoring API and the dashboard: {@code done} of {@code
   * total} (items, bytes, percent: the job's own unit). Cheap to call often: Stoker keeps the last
   * value and writes it with the other running jobs' every half second or so.
   *
   * @throws IllegalArgumentException if either is negative
   */
  default void progress(long done, long total) {}

  /**
   * Adds a line to the job's log, kept with the job and shown by the monitoring API and the
   * dashboard while it runs and after. Written in groups, like {@link #progress}; Stoker keeps the
   * last 200 lines (at most 16,000 chars, a line at most 1,000) and counts those it dropped. A new
   * attempt starts a new log. This is no replacement for the application's own logging, whose lines
   * carry the job in their MDC.
   */
  default void log(String line) {}

  /** Throws {@link JobCancelledException} if the job was asked to stop. */
  default void throwIfCancellationRequested() {
    if (isCancellationRequested()) {
      throw new JobCancelledException(id());
    }
  }
}
