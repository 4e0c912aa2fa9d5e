package dev.stoker;

/** Thrown by {@link JobContext#throwIfCancellationRequested()} when a job was asked to stop. */
public final class JobCancelledException extends RuntimeException {

  public JobCancelledException(JobId id) {
    super("Job " + id + " was asked to stop");
  }
}
