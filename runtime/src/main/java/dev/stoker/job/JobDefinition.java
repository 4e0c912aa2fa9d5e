package dev.stoker.job;

import java.time.Duration;
import java.util.Objects;

/**
 * What Stoker knows of a {@code @Job} method before it runs: its stable name and the attributes of
 * its annotation. Generated code creates one per job.
 *
 * @param name the stable job name stored with every job
 * @param queue the queue its jobs are put on
 * @param retries how many times a failing job is retried before it is FAILED
 * @param priority higher runs first within a queue
 * @param recurrence the cron schedule of a recurring job and what it does with missed fire times,
 *     or {@link Recurrence#NONE}
 * @param timeout the longest one attempt may run, or null for no limit
 */
public record JobDefinition(
    String name, String queue, int retries, int priority, Recurrence recurrence, Duration timeout) {

  public JobDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(recurrence, "recurrence");
    if (retries < 0) {
      throw new IllegalArgumentException("Job " + name + " has negative retries: " + retries);
    }
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("Job " + name + " has a timeout that is not positive");
    }
  }

  /** A job without a timeout. */
  public JobDefinition(
      String name, String queue, int retries, int priority, Recurrence recurrence) {
    this(name, queue, retries, priority, recurrence, null);
  }

  /** True if the job runs on a cron schedule of its annotation. */
  public boolean isRecurring() {
    return recurrence.isRecurring();
  }
}
