package dev.stoker.job;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
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
 * @param aliases the job's former names: jobs stored under them are claimed and run as this job
 * @param limits its flow control: concurrency, uniqueness and rate limits
 */
public record JobDefinition(
    String name,
    String queue,
    int retries,
    int priority,
    Recurrence recurrence,
    Duration timeout,
    List<String> aliases,
    JobLimits limits) {

  public JobDefinition {
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(recurrence, "recurrence");
    aliases = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(aliases, "aliases")));
    if (aliases.contains(name)) {
      throw new IllegalArgumentException("Job " + name + " has its own name as an alias");
    }
    if (retries < 0) {
      throw new IllegalArgumentException("Job " + name + " has negative retries: " + retries);
    }
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("Job " + name + " has a timeout that is not positive");
    }
  }

  /** A job without limits. */
  public JobDefinition(
      String name,
      String queue,
      int retries,
      int priority,
      Recurrence recurrence,
      Duration timeout,
      List<String> aliases) {
    this(name, queue, retries, priority, recurrence, timeout, aliases, JobLimits.NONE);
  }

  /** A job without aliases. */
  public JobDefinition(
      String name,
      String queue,
      int retries,
      int priority,
      Recurrence recurrence,
      Duration timeout) {
    this(name, queue, retries, priority, recurrence, timeout, List.of());
  }

  /** A job without a timeout or aliases. */
  public JobDefinition(
      String name, String queue, int retries, int priority, Recurrence recurrence) {
    this(name, queue, retries, priority, recurrence, null);
  }

  /** The same job, also known by the given former names. */
  public JobDefinition withAliases(String... aliases) {
    return new JobDefinition(
        name, queue, retries, priority, recurrence, timeout, List.of(aliases), limits);
  }

  /** The same job, with the given flow control. */
  public JobDefinition withLimits(JobLimits limits) {
    return new JobDefinition(name, queue, retries, priority, recurrence, timeout, aliases, limits);
  }

  /** True if the job runs on a cron schedule of its annotation. */
  public boolean isRecurring() {
    return recurrence.isRecurring();
  }
}
