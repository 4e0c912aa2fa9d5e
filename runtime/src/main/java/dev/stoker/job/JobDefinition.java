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
 * @param cron the cron expression of a recurring job, empty if it is not recurring
 * @param zone the time zone of the cron expression, empty for UTC
 * @param timeout the longest one attempt may run, or null for no limit
 */
public record JobDefinition(
    String name,
    String queue,
    int retries,
    int priority,
    String cron,
    String zone,
    Duration timeout) {

  public JobDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(cron, "cron");
    Objects.requireNonNull(zone, "zone");
    if (retries < 0) {
      throw new IllegalArgumentException("Job " + name + " has negative retries: " + retries);
    }
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("Job " + name + " has a timeout that is not positive");
    }
  }

  /** A job without a timeout. */
  public JobDefinition(
      String name, String queue, int retries, int priority, String cron, String zone) {
    this(name, queue, retries, priority, cron, zone, null);
  }

  /** True if the job runs on a cron schedule. */
  public boolean isRecurring() {
    return !cron.isEmpty();
  }
}
