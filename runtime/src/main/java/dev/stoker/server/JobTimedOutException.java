package dev.stoker.server;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * A job ran longer than its {@code @Job(timeout)}. Its stack trace is where the job's code was when
 * the time ran out; its cause, what the code threw when asked to stop.
 */
final class JobTimedOutException extends RuntimeException {

  JobTimedOutException(RunningJob job, boolean stopped, Throwable cause) {
    super(message(job, stopped), cause);
    if (job.stackAtTimeout() != null) {
      setStackTrace(job.stackAtTimeout());
    }
  }

  private static String message(RunningJob job, boolean stopped) {
    String message =
        "Job '"
            + job.jobName()
            + "' ran longer than its timeout of "
            + seconds(job.timeout())
            + " and was asked to stop";
    return stopped ? message : message + ", but did not stop: its thread was left running";
  }

  /** "0.5 s", "90 s". */
  static String seconds(Duration duration) {
    return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
  }
}
