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

  /** Throws {@link JobCancelledException} if the job was asked to stop. */
  default void throwIfCancellationRequested() {
    if (isCancellationRequested()) {
      throw new JobCancelledException(id());
    }
  }
}
